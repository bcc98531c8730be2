package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.platform.LetterPdf;
import fr.ctgportal.ejb.platform.PortalTime;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.recruitment.CafOpinion;
import fr.ctgportal.model.recruitment.Candidate;
import fr.ctgportal.model.recruitment.CandidateOpinion;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * The Caf's opinion on the chosen candidate as a letter (PDF) for the authority, written from the
 * recorded opinion: downloading it twice gives the same text.
 */
final class OpinionLetter {

    private OpinionLetter() {
    }

    static String label(CandidateOpinion opinion) {
        return Texts.label("opinion", opinion);
    }

    /**
     * @param nameOf the name and role to print for a user of the Caf ({@code People#nameAndRoleOf})
     */
    static byte[] of(RecruitmentFile file, UnaryOperator<String> nameOf) {
        return of(file, file.getChosenCandidate(), file.getOpinion(), nameOf);
    }

    /** The letter of an opinion given on one candidate of the file (the current one or a former one). */
    static byte[] of(RecruitmentFile file, Candidate chosen, CafOpinion opinion, UnaryOperator<String> nameOf) {
        String subject = Texts.text("letter.subject", file.getPost() == null
                ? Texts.text("letter.subject.newPost", file.getTitle())
                : LetterPdf.subjectOf(file.getPost()));
        return LetterPdf.write(subject, Texts.text("letter.sender"), letter -> {
            letter.bold(Texts.text("letter.sender")).text(Texts.text("letter.senderService"))
                    .spaced(Texts.text("letter.place", date(opinion.given().at())))
                    .spaced(Texts.text("letter.to", file.getAuthority().getName()))
                    .spacedBold(subject);
            if (file.getPost() != null) {
                letter.post(file.getPost());
            } else {
                letter.text(Texts.text("letter.newPost", file.getTitle(), file.getAuthority().getName(),
                        file.getTerritory().getName(), String.valueOf(file.getId())));
            }
            letter.spaced(Texts.text("letter.intro"));
            letter.spaced(chosen.isErased()
                    ? Texts.text("letter.candidateErased")
                    : Texts.text("letter.candidate", chosen.getFullName()))
                    .text(Texts.text("letter.profile", Texts.label("qualification", chosen.getQualification()),
                            Texts.label("framework", chosen.getFramework())))
                    .spacedBold(Texts.text("letter.opinion", label(opinion.verdict())))
                    .spaced(Texts.text("letter.reasons"))
                    .quoted(opinion.reasons());
            if (opinion.isUnfavourable()) {
                letter.spacedBold(Texts.text("letter.unfavourableNote"));
            }
            letter.spaced(
                    Texts.text("letter.signature", date(opinion.given().at()), nameOf.apply(opinion.given().by())));
            if (opinion.isCountersigned()) {
                letter.text(Texts.text("letter.countersigned", date(opinion.countersigned().at()),
                        nameOf.apply(opinion.countersigned().by())));
            }
            letter.small(Texts.text("letter.reference", String.valueOf(file.getId())));
        });
    }

    private static String date(Instant at) {
        return DoctrineFormats.date(LocalDate.ofInstant(at, PortalTime.ZONE));
    }
}

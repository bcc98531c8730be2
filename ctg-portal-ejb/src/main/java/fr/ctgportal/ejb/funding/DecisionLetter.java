package fr.ctgportal.ejb.funding;

import fr.ctgportal.ejb.platform.LetterPdf;
import fr.ctgportal.ejb.platform.PortalTime;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.doctrine.DoctrineMessages;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.post.CooperationPost;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/** The funding decision letter (PDF) for the authority: the amount, the computation step by step, the findings. */
final class DecisionLetter {

    private DecisionLetter() {
    }

    /** A parameter as the doctrine names and formats it, with the day it applies from. */
    private static String[] parameterRow(DecisionView.Line p) {
        DoctrineParameter parameter = DoctrineParameter.valueOf(p.code());
        return new String[]{DoctrineMessages.french().label(parameter) + " ("
                + Texts.text("decision.from", DoctrineFormats.date(p.validFrom())) + ")",
                parameter.unit().format(p.amount())};
    }

    /**
     * @param post   the post decided on, identified by its number, holder, employer and territory
     * @param nameOf the name and role to print for a user of the Caf (their login when the portal has none)
     */
    static byte[] of(DecisionView d, CooperationPost post, UnaryOperator<String> nameOf) {
        String subject = Texts.text("decision.subject", String.valueOf(d.year()), LetterPdf.subjectOf(post));
        return LetterPdf.write(subject, Texts.text("letter.sender"), letter -> {
            letter.bold(Texts.text("letter.sender")).text(Texts.text("letter.senderService"))
                    .spaced(Texts.text("letter.place", DoctrineFormats.date(LocalDate.ofInstant(d.decidedAt(),
                            PortalTime.ZONE))))
                    .spaced(Texts.text("letter.to", d.employerName()))
                    .spacedBold(subject)
                    .post(post)
                    .spaced(Texts.text("decision.intro", String.valueOf(d.year()), String.valueOf(d.weighingNumber())))
                    .spacedBold(Texts.text(d.funded() ? "decision.amount" : "decision.notFunded",
                            DoctrineFormats.money(d.cafFunding())))
                    .spaced(Texts.text("decision.steps"))
                    .table(d.steps().stream().map(s -> new String[]{s.text(), DoctrineFormats.money(s.amount())})
                            .toList());
            if (!d.findings().isEmpty()) {
                letter.spaced(Texts.text("decision.findings"));
                d.findings().forEach(f -> letter.text("– " + f.text()));
            }
            letter.spaced(Texts.text("decision.parameters", DoctrineFormats.date(d.evaluatedOn())))
                    .table(d.parameters().stream().map(DecisionLetter::parameterRow).toList())
                    .spaced(Texts.text("decision.signature", DoctrineFormats.date(LocalDate.ofInstant(d.decidedAt(),
                            PortalTime.ZONE)), nameOf.apply(d.decidedBy())))
                    .small(Texts.text("decision.reference", String.valueOf(d.id())));
        });
    }

}

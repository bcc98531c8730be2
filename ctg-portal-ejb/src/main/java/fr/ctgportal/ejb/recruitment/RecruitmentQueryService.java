package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.usecase.UseCase;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.document.DocumentStore;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.Page;
import fr.ctgportal.ejb.platform.PageRequest;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.recruitment.RecruitmentAccess.Access;
import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.recruitment.Candidate;
import fr.ctgportal.model.recruitment.JobDescription;
import fr.ctgportal.model.recruitment.CafOpinion;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import fr.ctgportal.ejb.account.People;
import fr.ctgportal.ejb.audit.AuditHistory;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reading recruitment files: the authority's list, the Caf's work list (by due date, late first),
 * a whole file with its history, its documents and the opinion letter. Candidates' data and CVs are
 * shown only to the file's authority and the Caf staff following its territory.
 */
@Stateless
@Interceptors(DomainRules.class)
public class RecruitmentQueryService extends UseCase {

    @Inject
    private RecruitmentFiles files;

    @Inject
    private AuditHistory history;

    @Inject
    private People people;

    @Inject
    private FileMessages messages;

    @Inject
    private RecruitmentAccess access;

    @Inject
    private DocumentStore documents;

    /**
     * One page of the files the caller may see, by default the open ones awaiting the Caf's answer
     * first, by due date, then the others, most recent first; completed and abandoned files only when
     * asked for (filter {@code closed}). Sort fields and filters: {@link RecruitmentFiles#page}.
     */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public Page<FileSummary> pageFiles(PageRequest request) {
        LocalDate today = LocalDate.now(clock);
        return files.page(scope(), request, today).map(f -> FileSummary.of(f, today));
    }

    /** @throws NotFoundException if there is no such file or the caller is not party to it */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public RecruitmentFileView findFile(long fileId) {
        Access a = access.read(caller(), fileId);
        RecruitmentFile f = a.file();
        return RecruitmentFileView.of(f, LocalDate.now(clock), messages.of(f).stream().map(MessageView::of).toList(),
                history.of(RecruitmentFile.class, f.getId()).stream()
                        .map(e -> new TimelineEntry(e.getOccurredAt(), e.getActor(), e.getAction(),
                                e.getDetail(), e.getReason()))
                        .toList(),
                a.side(), access.allowedActions(a.caller(), f, a.side()));
    }

    /** A document of the file (job description, CV, message attachment); any other id is "not found". */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload downloadDocument(long fileId, long documentId) {
        RecruitmentFile f = access.read(caller(), fileId).file();
        Stream<StoredDocument> own = Stream.of(
                f.getDescriptions().stream().map(JobDescription::getDocument),
                f.getCandidates().stream().map(Candidate::getCv),
                messages.documentsOf(f).stream()).flatMap(s -> s);
        StoredDocument document = own.filter(Objects::nonNull).filter(d -> d.getId() == documentId).findFirst()
                .orElseThrow(NotFoundException::new);
        return new DocumentDownload(document.getFileName(), document.getContentType(), documents.read(document));
    }

    /** The Caf's opinion letter (PDF), once the opinion is given. */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload opinionLetter(long fileId) {
        RecruitmentFile f = access.read(caller(), fileId).file();
        if (f.getOpinion() == null) {
            throw new NotFoundException();
        }
        return new DocumentDownload(Texts.text("letter.fileName", String.valueOf(f.getId()),
                String.valueOf(f.getChosenCandidate().getId())), "application/pdf",
                OpinionLetter.of(f, people::nameAndRoleOf));
    }

    /**
     * The letter (PDF) of the opinion the Caf gave on a candidate of the file, the current one or a
     * former one (after another candidate was proposed), named after the file and the candidate.
     *
     * @throws NotFoundException for a candidate without an opinion, or a caller party to neither side
     */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload candidateOpinionLetter(long fileId, long candidateId) {
        RecruitmentFile f = access.read(caller(), fileId).file();
        Candidate candidate = f.getCandidates().stream().filter(c -> c.getId() == candidateId).findFirst()
                .orElseThrow(NotFoundException::new);
        CafOpinion opinion = CandidateView.opinionOf(candidate, f);
        if (opinion == null) {
            throw new NotFoundException();
        }
        return new DocumentDownload(Texts.text("letter.fileName", String.valueOf(f.getId()),
                String.valueOf(candidateId)), "application/pdf",
                OpinionLetter.of(f, candidate, opinion, people::nameAndRoleOf));
    }
}

package fr.ctgportal.ejb.recruitment;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.document.DocumentStore;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.recruitment.RecruitmentAccess.Access;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.security.Tenancy;
import fr.ctgportal.model.audit.AuditEvent;
import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.recruitment.Candidate;
import fr.ctgportal.model.recruitment.FileMessage;
import fr.ctgportal.model.recruitment.JobDescription;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reading recruitment files: the authority's list, the Caf's work list (by due date, late first),
 * a whole file with its history, its documents and the opinion letter. Candidates' data and CVs are
 * shown only to the file's authority and the Caf staff following its territory.
 */
@Stateless
public class RecruitmentQueryService {

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private RecruitmentAccess access;

    @Inject
    private DocumentStore documents;

    /**
     * The files the caller may see: for the Caf, those awaiting its answer first, by due date, then
     * the others, most recent first.
     */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public List<FileSummary> listFiles() {
        Caller caller = Caller.of(context);
        Scope scope = tenancy.scopeOf(caller);
        List<RecruitmentFile> files;
        if (scope.all()) {
            files = em.createQuery("select f from RecruitmentFile f join fetch f.authority join fetch f.territory",
                    RecruitmentFile.class).getResultList();
        } else if (scope.authorityIds().isEmpty() && scope.territoryIds().isEmpty()) {
            files = List.of();
        } else {
            files = em.createQuery("select f from RecruitmentFile f join fetch f.authority join fetch f.territory "
                            + "where f.authority.id in :a or f.territory.id in :t", RecruitmentFile.class)
                    .setParameter("a", orNone(scope.authorityIds()))
                    .setParameter("t", orNone(scope.territoryIds()))
                    .getResultList();
        }
        LocalDate today = PortalDoctrine.today();
        return files.stream().map(f -> FileSummary.of(f, today))
                .sorted(Comparator.comparing((FileSummary s) -> s.dueDate() == null)
                        .thenComparing(FileSummary::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(FileSummary::openedAt, Comparator.reverseOrder()))
                .toList();
    }

    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public RecruitmentFileView findFile(long fileId) {
        Access a = access.read(Caller.of(context), fileId);
        RecruitmentFile f = a.file();
        List<DescriptionVersionView> versions = new ArrayList<>();
        JobDescription previous = null;
        for (JobDescription d : f.getDescriptions()) {
            versions.add(DescriptionVersionView.of(d, previous));
            previous = d;
        }
        Candidate chosen = f.getChosenCandidate();
        List<MessageView> messages = em.createQuery("select m from FileMessage m where m.file = :f order by m.sentAt, m.id",
                FileMessage.class).setParameter("f", f).getResultList().stream().map(MessageView::of).toList();
        List<TimelineEntry> timeline = em.createQuery("select e from AuditEvent e where e.entityType = :type "
                        + "and e.entityId = :id order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("type", RecruitmentAccess.ENTITY).setParameter("id", f.getId()).getResultList().stream()
                .map(e -> new TimelineEntry(e.getOccurredAt(), e.getActor(), e.getAction(), e.getDetail(), e.getReason()))
                .toList();
        return new RecruitmentFileView(f.getId(), f.getVersion(), f.getKind(), f.getStage(), f.getTitle(),
                f.getAuthority().getName(), f.getTerritory().getName(),
                f.getPost() == null ? null : f.getPost().getId(), f.getOpenedBy(), f.getOpenedAt(), f.getDueDate(),
                f.isLate(PortalDoctrine.today()), versions,
                f.getCandidates().stream().map(c -> CandidateView.of(c, chosen)).toList(), f.getChoiceReasons(),
                f.getOpinion(), f.getOpinionReasons(), f.getOpinionBy(), f.getOpinionAt(), f.getCountersignedBy(),
                f.getCountersignedAt(), f.getHolderStartDate(), f.isUnfundedAcknowledged(), f.getAbandonReason(),
                f.getClosedAt(), f.getPersonalDataErasedAt(), messages, timeline, a.side(),
                access.allowedActions(a.caller(), f, a.side()));
    }

    /** A document of the file (job description, CV, message attachment); any other id is "not found". */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload downloadDocument(long fileId, long documentId) {
        RecruitmentFile f = access.read(Caller.of(context), fileId).file();
        Stream<StoredDocument> own = Stream.of(
                f.getDescriptions().stream().map(JobDescription::getDocument),
                f.getCandidates().stream().map(Candidate::getCv),
                em.createQuery("select m.document from FileMessage m where m.file = :f and m.document is not null",
                        StoredDocument.class).setParameter("f", f).getResultList().stream()).flatMap(s -> s);
        StoredDocument document = own.filter(Objects::nonNull).filter(d -> d.getId() == documentId).findFirst()
                .orElseThrow(NotFoundException::new);
        return new DocumentDownload(document.getFileName(), document.getContentType(), documents.read(document));
    }

    /** The Caf's opinion letter (PDF), once the opinion is given. */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload opinionLetter(long fileId) {
        RecruitmentFile f = access.read(Caller.of(context), fileId).file();
        if (f.getOpinion() == null) {
            throw new NotFoundException();
        }
        return new DocumentDownload("avis-caf-recrutement-" + f.getId() + ".pdf", "application/pdf",
                OpinionLetter.of(f, this::cafName));
    }

    /** An advisor's name as the portal knows it; a manager's login otherwise. */
    private String cafName(String username) {
        return em.createQuery("select a.displayName from CafAdvisor a where a.username = :u", String.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(username);
    }

    private static List<Long> orNone(java.util.Set<Long> ids) {
        // An empty IN () is invalid SQL: -1 matches no row.
        return ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
    }

}

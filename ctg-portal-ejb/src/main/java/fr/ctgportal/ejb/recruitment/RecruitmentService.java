package fr.ctgportal.ejb.recruitment;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.document.DocumentStore;
import fr.ctgportal.ejb.document.Upload;
import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.post.PostVerdict;
import fr.ctgportal.ejb.recruitment.RecruitmentAccess.Access;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.security.Tenancy;
import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.doctrine.EmployerKind;
import fr.ctgportal.model.doctrine.Finding;
import fr.ctgportal.model.doctrine.FindingCode;
import fr.ctgportal.model.doctrine.PostOrigin;
import fr.ctgportal.model.doctrine.PostSituation;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.recruitment.Candidate;
import fr.ctgportal.model.recruitment.CandidateOpinion;
import fr.ctgportal.model.recruitment.JobDescriptionContent;
import fr.ctgportal.model.recruitment.RecruitmentAction;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import fr.ctgportal.model.recruitment.RecruitmentKind;
import fr.ctgportal.model.weighing.Weighing;
import fr.ctgportal.model.weighing.WeighingStatus;
import fr.ctgportal.model.recruitment.RecruitmentStage;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authority's side of a recruitment file: open it, write and submit the job description,
 * shortlist and propose a candidate, complete or abandon. Each step checks the stage, the caller's
 * authority and the version the user saw, is audited, and notifies the Caf.
 */
@Stateless
public class RecruitmentService {

    private static final Set<FindingCode> NEW_POST_RULES =
            EnumSet.of(FindingCode.NEW_POST_SHARE_BELOW_50, FindingCode.NEW_POST_BELOW_HALF_FTE);
    private static final int MAX_TEXT = JobDescriptionContent.MAX_TEXT;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private RecruitmentAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private DocumentStore documents;

    @Inject
    private RecruitmentSettings settings;

    @Inject
    private RecruitmentMail mail;

    /** The caller's posts that can be recruited for: those without an open recruitment file. */
    @RolesAllowed(AUTHORITY_HR)
    public List<RecruitablePost> listRecruitablePosts() {
        Scope scope = tenancy.scopeOf(Caller.of(context));
        if (scope.authorityIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from CooperationPost p where p.employer.id in :ids and not exists ("
                        + "select f from RecruitmentFile f where f.post = p and f.stage not in :closed) "
                        + "order by p.title, p.id", CooperationPost.class)
                .setParameter("ids", scope.authorityIds())
                .setParameter("closed", List.of(RecruitmentStage.COMPLETED, RecruitmentStage.ABANDONED))
                .getResultList().stream()
                .map(p -> new RecruitablePost(p.getId(), p.getTitle(), p.getHolderName(), p.getStatus()))
                .toList();
    }

    /** Opens a file to replace the holder of one of the caller's posts. @return the file's id */
    @RolesAllowed(AUTHORITY_HR)
    public long openForPost(long postId) {
        Caller caller = Caller.of(context);
        CooperationPost post = em.find(CooperationPost.class, postId);
        if (post == null || !ownAuthority(caller, post.getEmployer().getId())) {
            throw new NotFoundException();
        }
        // A double submit waits here for the first, then finds its file open.
        em.refresh(post, LockModeType.PESSIMISTIC_WRITE);
        boolean open = !em.createQuery("select f.id from RecruitmentFile f where f.post = :p and f.stage not in :closed",
                        Long.class).setParameter("p", post)
                .setParameter("closed", List.of(RecruitmentStage.COMPLETED, RecruitmentStage.ABANDONED))
                .getResultList().isEmpty();
        if (open) {
            throw new InvalidInputException("recruitment.error.alreadyOpen");
        }
        RecruitmentFile file = RecruitmentFile.forReplacement(post, caller.username(), Instant.now());
        em.persist(file);
        em.flush();
        audit.record(caller, "RECRUITMENT_OPENED", RecruitmentAccess.ENTITY, file.getId(),
                "remplacement, poste " + post.getId() + " « " + post.getTitle() + " »", null);
        return file.getId();
    }

    /** Opens a file to create a post in the caller's authority. @return the file's id */
    @RolesAllowed(AUTHORITY_HR)
    public long openForNewPost(String title) {
        Caller caller = Caller.of(context);
        Scope scope = tenancy.scopeOf(caller);
        if (title == null || title.isBlank() || title.strip().length() > 150) {
            throw new InvalidInputException("recruitment.error.title");
        }
        if (scope.authorityIds().size() != 1) {
            // The HR account must belong to exactly one authority to know who employs the new post.
            throw new InvalidInputException("recruitment.error.noAuthority");
        }
        Authority authority = em.find(Authority.class, scope.authorityIds().iterator().next(),
                LockModeType.PESSIMISTIC_WRITE);
        boolean sameTitleOpen = !em.createQuery("select f.id from RecruitmentFile f where f.authority = :a "
                        + "and f.kind = :kind and f.title = :title and f.stage not in :closed", Long.class)
                .setParameter("a", authority).setParameter("kind", RecruitmentKind.NEW_POST)
                .setParameter("title", title.strip())
                .setParameter("closed", List.of(RecruitmentStage.COMPLETED, RecruitmentStage.ABANDONED))
                .getResultList().isEmpty();
        if (sameTitleOpen) {
            throw new InvalidInputException("recruitment.error.alreadyOpen");
        }
        RecruitmentFile file = RecruitmentFile.forNewPost(authority, title.strip(), caller.username(), Instant.now());
        em.persist(file);
        em.flush();
        audit.record(caller, "RECRUITMENT_OPENED", RecruitmentAccess.ENTITY, file.getId(),
                "création de poste « " + file.getTitle() + " »", null);
        return file.getId();
    }

    /**
     * Saves the job description (a draft may be incomplete) and, if given, its PDF attachment, in
     * one transaction.
     */
    @RolesAllowed(AUTHORITY_HR)
    public void saveDescription(long fileId, long expectedVersion, JobDescriptionContent content, Upload attachment) {
        Access a = access.act(Caller.of(context), fileId, expectedVersion, RecruitmentAction.EDIT_DESCRIPTION);
        List<String> invalid = content.invalidValues();
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid.get(0));
        }
        Instant now = Instant.now();
        RecruitmentFile file = a.file();
        int number = file.saveDescription(content, a.caller().username(), now).getNumber();
        StoredDocument stored = attachment == null ? null : documents.storePdf(attachment, a.caller());
        if (stored != null) {
            file.attachDescriptionDocument(stored);
        }
        audit.record(a.caller(), "DESCRIPTION_SAVED", RecruitmentAccess.ENTITY, fileId,
                "version " + number + (stored != null ? ", pièce jointe " + stored.getFileName() : ""), null);
    }

    /**
     * Submits the job description to the Caf: it must be complete and, for a new post, meet the
     * doctrine's minimum (0.5 cooperation FTE, 50 % of the time).
     */
    @RolesAllowed(AUTHORITY_HR)
    public void submitDescription(long fileId, long expectedVersion) {
        Access a = access.act(Caller.of(context), fileId, expectedVersion, RecruitmentAction.SUBMIT_DESCRIPTION);
        RecruitmentFile file = a.file();
        if (file.latestDescription().isSubmitted()) {
            throw new InvalidInputException("recruitment.error.nothingRevised");
        }
        JobDescriptionContent content = file.latestDescription().content();
        if (!content.missingItems().isEmpty()) {
            // The page lists the missing items next to the form.
            throw new InvalidInputException("recruitment.error.incomplete");
        }
        if (file.getKind() == RecruitmentKind.NEW_POST) {
            checkNewPostAgainstDoctrine(file, content);
        }
        LocalDate due = PortalDoctrine.today().plusDays(settings.reviewDays());
        file.submitDescription(a.caller().username(), Instant.now(), due);
        audit.record(a.caller(), "DESCRIPTION_SUBMITTED", RecruitmentAccess.ENTITY, fileId,
                "version " + file.latestDescription().getNumber() + ", réponse attendue le " + DoctrineFormats.date(due),
                null);
        mail.toCaf(file, "description.submitted", DoctrineFormats.date(due));
    }

    @RolesAllowed(AUTHORITY_HR)
    public void addCandidate(long fileId, long expectedVersion, CandidateInput input, Upload cv) {
        Access a = access.act(Caller.of(context), fileId, expectedVersion, RecruitmentAction.ADD_CANDIDATE);
        String name = required(input.fullName(), 150, "recruitment.error.candidateName");
        if (input.qualification() == null || input.framework() == null) {
            throw new InvalidInputException("recruitment.error.candidateProfile");
        }
        String diploma = optional(input.diploma(), 300);
        String situation = optional(input.currentSituation(), MAX_TEXT);
        var stored = cv == null ? null : documents.storePdf(cv, a.caller());
        Candidate candidate = a.file().addCandidate(name, input.qualification(), diploma, input.framework(), situation,
                stored, a.caller().username(), Instant.now());
        em.flush();
        // The candidate's name stays out of the audit trail: it is erased with the file's personal data.
        audit.record(a.caller(), "CANDIDATE_ADDED", RecruitmentAccess.ENTITY, fileId,
                "candidat n° " + candidate.getId() + (stored != null ? ", CV joint" : ""), null);
    }

    @RolesAllowed(AUTHORITY_HR)
    public void proposeCandidate(long fileId, long expectedVersion, long candidateId, String reasons) {
        Access a = access.act(Caller.of(context), fileId, expectedVersion, RecruitmentAction.PROPOSE_CANDIDATE);
        RecruitmentFile file = a.file();
        Candidate chosen = file.getCandidates().stream().filter(c -> c.getId() == candidateId).findFirst()
                .orElseThrow(() -> new InvalidInputException("recruitment.error.unknownCandidate"));
        if (chosen.equals(file.getChosenCandidate()) && file.getOpinion() != null) {
            throw new InvalidInputException("recruitment.error.sameCandidate");
        }
        String why = required(reasons, MAX_TEXT, "recruitment.error.choiceReasons");
        LocalDate due = PortalDoctrine.today().plusDays(settings.opinionDays());
        file.proposeCandidate(chosen, why, due);
        audit.record(a.caller(), "CANDIDATE_PROPOSED", RecruitmentAccess.ENTITY, fileId,
                "candidat n° " + chosen.getId() + ", avis attendu le " + DoctrineFormats.date(due), null);
        mail.toCaf(file, "candidate.proposed", DoctrineFormats.date(due));
    }

    /**
     * Completes the recruitment: the post is filled by the chosen candidate from the start date
     * (created, for a new post). After an unfavourable opinion, {@code acknowledgeUnfunded} must be
     * true and the post is flagged as not funded.
     */
    @RolesAllowed(AUTHORITY_HR)
    public void complete(long fileId, long expectedVersion, LocalDate startDate, boolean acknowledgeUnfunded) {
        Access a = access.act(Caller.of(context), fileId, expectedVersion, RecruitmentAction.COMPLETE);
        RecruitmentFile file = a.file();
        if (startDate == null) {
            throw new InvalidInputException("recruitment.error.startDate");
        }
        boolean unfavourable = file.getOpinion() == CandidateOpinion.UNFAVOURABLE;
        if (unfavourable && !acknowledgeUnfunded) {
            throw new InvalidInputException("recruitment.error.acknowledgeUnfunded");
        }
        Candidate chosen = file.getChosenCandidate();
        file.complete(startDate, acknowledgeUnfunded, Instant.now());
        CooperationPost post;
        if (file.getKind() == RecruitmentKind.NEW_POST) {
            post = CooperationPost.created(file.getAuthority(), file.getTitle());
        } else {
            post = file.getPost();
            em.refresh(post, LockModeType.PESSIMISTIC_WRITE);
        }
        // The post takes the figures agreed with the Caf in the job description.
        JobDescriptionContent agreed = file.latestDescription().content();
        post.recruited(chosen.getFullName(), chosen.getQualification(), agreed.employmentFte(),
                agreed.cooperationShare(), agreed.annualCost(), agreed.cofinancingShare(), unfavourable);
        if (file.getKind() == RecruitmentKind.NEW_POST) {
            em.persist(post);
            file.createdPost(post);
        } else {
            // A new holder: the weighing agreed for the former one no longer describes the post.
            em.createQuery("select w from Weighing w where w.post = :p and w.status = :s", Weighing.class)
                    .setParameter("p", post).setParameter("s", WeighingStatus.AGREED).getResultList()
                    .forEach(Weighing::supersede);
        }
        audit.record(a.caller(), "RECRUITMENT_COMPLETED", RecruitmentAccess.ENTITY, fileId,
                "prise de poste le " + DoctrineFormats.date(startDate)
                        + (unfavourable ? ", malgré l’avis défavorable : poste non financé" : ""),
                unfavourable ? "La collectivité a confirmé savoir que le poste ne sera pas financé." : null);
        mail.toCaf(file, "recruitment.completed", DoctrineFormats.date(startDate));
    }

    @RolesAllowed(AUTHORITY_HR)
    public void abandon(long fileId, long expectedVersion, String reason) {
        Access a = access.act(Caller.of(context), fileId, expectedVersion, RecruitmentAction.ABANDON);
        String why = required(reason, MAX_TEXT, "recruitment.error.abandonReason");
        a.file().abandon(why, Instant.now());
        audit.record(a.caller(), "RECRUITMENT_ABANDONED", RecruitmentAccess.ENTITY, fileId, null, why);
        mail.toCaf(a.file(), "file.abandoned", why);
    }

    private void checkNewPostAgainstDoctrine(RecruitmentFile file, JobDescriptionContent content) {
        PostSituation planned = new PostSituation(content.annualCost(), content.employmentFte(),
                content.cooperationShare(), PostOrigin.DEVELOPMENT, Set.of(), content.minimumQualification(),
                file.getAuthority().isCtgSignatory() ? EmployerKind.SIGNATORY_AUTHORITY : EmployerKind.OTHER,
                content.cofinancingShare(), null);
        PostVerdict verdict = PostVerdict.of(planned, file.getTerritory(), PortalDoctrine.today());
        if (!verdict.evaluated()) {
            throw new InvalidInputException("recruitment.error.doctrine", verdict.problem());
        }
        String broken = verdict.decision().findings().stream().filter(f -> NEW_POST_RULES.contains(f.code()))
                .map(Finding::message).collect(Collectors.joining(" "));
        if (!broken.isEmpty()) {
            throw new InvalidInputException("recruitment.error.doctrine", broken);
        }
    }

    private boolean ownAuthority(Caller caller, long authorityId) {
        return tenancy.scopeOf(caller).authorityIds().contains(authorityId);
    }

    static String required(String text, int max, String key) {
        String value = optional(text, max);
        if (value == null) {
            throw new InvalidInputException(key);
        }
        return value;
    }

    static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new InvalidInputException("recruitment.error.textTooLong");
        }
        return text.strip();
    }
}

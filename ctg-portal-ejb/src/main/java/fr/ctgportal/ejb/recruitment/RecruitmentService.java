package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.usecase.UseCase;
import fr.ctgportal.ejb.mail.Notifications;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;

import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.document.DocumentStore;
import fr.ctgportal.ejb.document.Upload;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.post.PostVerdict;
import fr.ctgportal.ejb.recruitment.RecruitmentAccess.Access;
import fr.ctgportal.ejb.security.Caller;
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
import fr.ctgportal.model.recruitment.JobDescription;
import fr.ctgportal.model.recruitment.JobDescriptionContent;
import fr.ctgportal.model.recruitment.RecruitmentAction;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import fr.ctgportal.model.recruitment.RecruitmentKind;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.weighing.Weighing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.post.Posts;
import fr.ctgportal.ejb.weighing.Weighings;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authority's side of a recruitment file: open it, write and submit the job description,
 * shortlist and propose a candidate, complete or abandon. Each step loads the file for a change
 * ({@link RecruitmentAccess#act}), lets the {@link RecruitmentFile} apply its rules, is audited, and
 * notifies the Caf.
 */
@Stateless
@Interceptors(DomainRules.class)
public class RecruitmentService extends UseCase {

    private static final Set<FindingCode> NEW_POST_RULES = EnumSet.of(FindingCode.NEW_POST_SHARE_BELOW_50,
            FindingCode.NEW_POST_BELOW_HALF_FTE);

    @Inject
    private RecruitmentFiles files;

    @Inject
    private Posts posts;

    @Inject
    private Weighings weighings;

    @Inject
    private RecruitmentAccess access;

    @Inject
    private DocumentStore documents;

    @Inject
    private RecruitmentSettings settings;

    @Inject
    private RecruitmentMail mail;

    @Inject
    private PortalDoctrine doctrine;

    /** The caller's posts that can be recruited for: those without an open recruitment file. */
    @RolesAllowed(AUTHORITY_HR)
    public List<RecruitablePost> listRecruitablePosts() {
        return posts.recruitableOfAuthorities(scope().authorityIds()).stream()
                .map(p -> new RecruitablePost(p.getId(), p.getTitle(), p.getHolderName(), p.getStatus()))
                .toList();
    }

    /**
     * Opens a file to replace the holder of one of the caller's posts.
     *
     * @return the file's id
     * @throws NotFoundException if the post is not one of the caller's
     * @throws InvalidInputException {@code recruitment.error.alreadyOpen} if the post has an open file
     */
    @RolesAllowed(AUTHORITY_HR)
    public long openForPost(long postId) {
        Caller caller = caller();
        CooperationPost post = records.find(CooperationPost.class, postId);
        parties.require(caller, post.getEmployer(), post.getTerritory(), Side.AUTHORITY);
        // A double submit waits here for the first, then finds its file open.
        records.lock(post);
        if (files.openFor(post)) {
            throw new InvalidInputException("recruitment.error.alreadyOpen");
        }
        RecruitmentFile file = RecruitmentFile.forReplacement(post, Stamp.of(caller.username(), clock.instant()));
        files.add(file);
        audit.record(caller, AuditAction.RECRUITMENT_OPENED, file,
                Texts.text("recruitment.audit.openedForPost", String.valueOf(post.getId()), post.getTitle()), null);
        return file.getId();
    }

    /**
     * Opens a file to create a post in the caller's authority.
     *
     * @return the file's id
     * @throws InvalidInputException {@code recruitment.error.title}, {@code .noAuthority} (the account is not
     *                               of exactly one authority), {@code .alreadyOpen} (same title open)
     */
    @RolesAllowed(AUTHORITY_HR)
    public long openForNewPost(String title) {
        Caller caller = caller();
        String name = RecruitmentFile.newPostTitle(title);
        Set<Long> authorityIds = parties.scopeOf(caller).authorityIds();
        if (authorityIds.size() != 1) {
            // The HR account must belong to exactly one authority to know who employs the new post.
            throw new InvalidInputException("recruitment.error.noAuthority");
        }
        Authority authority = records.lock(records.find(Authority.class, authorityIds.iterator().next()));
        if (files.openForNewPost(authority, name)) {
            throw new InvalidInputException("recruitment.error.alreadyOpen");
        }
        RecruitmentFile file = RecruitmentFile.forNewPost(authority, name,
                Stamp.of(caller.username(), clock.instant()));
        files.add(file);
        audit.record(caller, AuditAction.RECRUITMENT_OPENED, file,
                Texts.text("recruitment.audit.openedForNewPost", file.getTitle()), null);
        return file.getId();
    }

    /**
     * Saves the job description (a draft may be incomplete) and, if given, its PDF attachment, in
     * one transaction. A new attachment replaces the draft's former one, which is deleted (unless an earlier,
     * submitted version keeps it).
     */
    @RolesAllowed(AUTHORITY_HR)
    public void saveDescription(long fileId, long expectedVersion, JobDescriptionContent content, Upload attachment) {
        Access a = access.act(caller(), fileId, expectedVersion, RecruitmentAction.EDIT_DESCRIPTION);
        RecruitmentFile file = a.file();
        String number = String.valueOf(file.saveDescription(content, a.stamp()).getNumber());
        StoredDocument stored = attachment == null ? null : documents.storePdf(attachment, a.caller());
        if (stored != null) {
            // The draft's former attachment goes with its bytes: no orphan escapes the erasure of the file.
            StoredDocument replaced = file.attachDescriptionDocument(stored);
            if (replaced != null) {
                files.flush();
                documents.delete(replaced);
            }
        }
        audit.record(a.caller(), AuditAction.DESCRIPTION_SAVED, file, stored == null
                ? Texts.text("recruitment.audit.version", number)
                : Texts.text("recruitment.audit.descriptionSaved", number, stored.getFileName()), null);
    }

    /**
     * Submits the job description to the Caf: it must be complete and, for a new post, meet the
     * doctrine's minimum (0.5 cooperation FTE, 50 % of the time).
     */
    @RolesAllowed(AUTHORITY_HR)
    public void submitDescription(long fileId, long expectedVersion) {
        Access a = access.act(caller(), fileId, expectedVersion, RecruitmentAction.SUBMIT_DESCRIPTION);
        RecruitmentFile file = a.file();
        LocalDate today = LocalDate.now(clock);
        JobDescriptionContent content = file.descriptionToSubmit();
        if (file.getKind() == RecruitmentKind.NEW_POST) {
            checkNewPostAgainstDoctrine(file, content, today);
        }
        LocalDate due = today.plusDays(settings.reviewDays());
        JobDescription submitted = file.submitDescription(a.stamp(), due);
        audit.record(a.caller(), AuditAction.DESCRIPTION_SUBMITTED, file, Texts.text(
                "recruitment.audit.descriptionSubmitted", String.valueOf(submitted.getNumber()),
                DoctrineFormats.date(due)),
                null);
        mail.toCaf(file, "description.submitted", DoctrineFormats.date(due), String.valueOf(submitted.getNumber()));
    }

    @RolesAllowed(AUTHORITY_HR)
    public void addCandidate(long fileId, long expectedVersion, CandidateInput input, Upload cv) {
        Access a = access.act(caller(), fileId, expectedVersion, RecruitmentAction.ADD_CANDIDATE);
        Candidate candidate = a.file().addCandidate(input.fullName(), input.qualification(), input.diploma(),
                input.framework(), input.currentSituation(), a.stamp());
        if (cv != null) {
            candidate.attachCv(documents.storePdf(cv, a.caller()));
        }
        files.flush();
        // The candidate's name stays out of the audit trail: it is erased with the file's personal data.
        audit.record(a.caller(), AuditAction.CANDIDATE_ADDED, a.file(), Texts.text(cv == null
                ? "recruitment.audit.candidateAdded"
                : "recruitment.audit.candidateAddedWithCv",
                String.valueOf(candidate.getId())), null);
    }

    /**
     * The authority corrects a shortlisted candidate, until they are proposed to the Caf.
     *
     * @throws fr.ctgportal.ejb.platform.InvalidInputException a rule of {@link RecruitmentFile#correctCandidate}
     */
    @RolesAllowed(AUTHORITY_HR)
    public void correctCandidate(long fileId, long expectedVersion, long candidateId, CandidateInput input) {
        Access a = access.act(caller(), fileId, expectedVersion, RecruitmentAction.ADD_CANDIDATE);
        a.file().correctCandidate(a.file().candidate(candidateId), input.fullName(), input.qualification(),
                input.diploma(), input.framework(), input.currentSituation());
        // The candidate's name stays out of the audit trail (personal data).
        audit.record(a.caller(), AuditAction.CANDIDATE_CORRECTED, a.file(),
                Texts.text("recruitment.audit.candidateCorrected", String.valueOf(candidateId)), null);
    }

    /**
     * The authority withdraws a shortlisted candidate, until they are proposed to the Caf; their data
     * and CV leave the file.
     *
     * @throws fr.ctgportal.ejb.platform.InvalidInputException a rule of {@link RecruitmentFile#withdrawCandidate}
     */
    @RolesAllowed(AUTHORITY_HR)
    public void withdrawCandidate(long fileId, long expectedVersion, long candidateId) {
        Access a = access.act(caller(), fileId, expectedVersion, RecruitmentAction.ADD_CANDIDATE);
        StoredDocument cv = a.file().withdrawCandidate(a.file().candidate(candidateId));
        files.flush();
        if (cv != null) {
            documents.delete(cv);
        }
        audit.record(a.caller(), AuditAction.CANDIDATE_WITHDRAWN, a.file(),
                Texts.text("recruitment.audit.candidateWithdrawn", String.valueOf(candidateId)), null);
    }

    /**
     * The authority adds (or replaces) a candidate's CV later, while the file is open.
     *
     * @throws fr.ctgportal.ejb.platform.InvalidInputException a rule of {@link RecruitmentFile#attachCandidateCv},
     *                                                         or a file the store refuses
     */
    @RolesAllowed(AUTHORITY_HR)
    public void attachCandidateCv(long fileId, long expectedVersion, long candidateId, Upload cv) {
        Access a = access.act(caller(), fileId, expectedVersion, RecruitmentAction.POST_MESSAGE);
        if (cv == null) {
            throw new InvalidInputException("recruitment.error.cvMissing");
        }
        StoredDocument former = a.file().attachCandidateCv(a.file().candidate(candidateId),
                documents.storePdf(cv, a.caller()));
        files.flush();
        if (former != null) {
            documents.delete(former);
        }
        audit.record(a.caller(), AuditAction.CANDIDATE_CV_ADDED, a.file(),
                Texts.text("recruitment.audit.candidateCv", String.valueOf(candidateId)), null);
    }

    @RolesAllowed(AUTHORITY_HR)
    public void proposeCandidate(long fileId, long expectedVersion, long candidateId, String reasons) {
        Access a = access.act(caller(), fileId, expectedVersion, RecruitmentAction.PROPOSE_CANDIDATE);
        RecruitmentFile file = a.file();
        Candidate chosen = file.candidate(candidateId);
        LocalDate due = LocalDate.now(clock).plusDays(settings.opinionDays());
        file.proposeCandidate(chosen, reasons, due);
        audit.record(a.caller(), AuditAction.CANDIDATE_PROPOSED, file, Texts.text("recruitment.audit.candidateProposed",
                String.valueOf(chosen.getId()), DoctrineFormats.date(due)), null);
        mail.toCaf(file, "candidate.proposed", DoctrineFormats.date(due));
    }

    /**
     * Completes the recruitment: the post is filled by the chosen candidate from the start date
     * (created, for a new post). After an unfavourable opinion, {@code acknowledgeUnfunded} must be
     * true and the post is flagged as not funded.
     */
    @RolesAllowed(AUTHORITY_HR)
    public void complete(long fileId, long expectedVersion, LocalDate startDate, boolean acknowledgeUnfunded) {
        Access a = access.act(caller(), fileId, expectedVersion, RecruitmentAction.COMPLETE);
        RecruitmentFile file = a.file();
        file.complete(startDate, acknowledgeUnfunded, a.now());
        boolean unfunded = file.isUnfundedAcknowledged();
        boolean newPost = file.getKind() == RecruitmentKind.NEW_POST;
        CooperationPost post = newPost
                ? CooperationPost.created(file.getAuthority(), file.getTitle())
                : records.lock(file.getPost());
        // The post takes the figures agreed with the Caf in the job description.
        Candidate chosen = file.getChosenCandidate();
        JobDescriptionContent agreed = file.latestDescription().content();
        post.recruited(chosen.getFullName(), chosen.getQualification(), agreed.employmentFte(),
                agreed.cooperationShare(), agreed.annualCost(), agreed.cofinancingShare(), unfunded);
        if (newPost) {
            file.createdPost(post);
        } else {
            // A new holder: the weighing agreed for the former one no longer describes the post.
            weighings.allAgreed(post).forEach(Weighing::supersede);
        }
        String start = DoctrineFormats.date(startDate);
        audit.record(a.caller(), AuditAction.RECRUITMENT_COMPLETED, file,
                Texts.text(unfunded ? "recruitment.audit.completedUnfunded" : "recruitment.audit.completed", start),
                unfunded ? Texts.text("recruitment.audit.unfundedAcknowledged") : null);
        mail.toCaf(file, "recruitment.completed", start);
    }

    @RolesAllowed(AUTHORITY_HR)
    public void abandon(long fileId, long expectedVersion, String reason) {
        Access a = access.act(caller(), fileId, expectedVersion, RecruitmentAction.ABANDON);
        a.file().abandon(reason, a.now());
        audit.record(a.caller(), AuditAction.RECRUITMENT_ABANDONED, a.file(), null, a.file().getAbandonReason());
        mail.toCaf(a.file(), "file.abandoned", Notifications.quoted(a.file().getAbandonReason()));
    }

    private void checkNewPostAgainstDoctrine(RecruitmentFile file, JobDescriptionContent content, LocalDate today) {
        PostSituation planned = new PostSituation(content.annualCost(), content.employmentFte(),
                content.cooperationShare(), PostOrigin.DEVELOPMENT, Set.of(), content.minimumQualification(),
                file.getAuthority().isCtgSignatory() ? EmployerKind.SIGNATORY_AUTHORITY : EmployerKind.OTHER,
                content.cofinancingShare(), null);
        PostVerdict verdict = PostVerdict.of(doctrine.current(), planned, file.getTerritory(), today);
        if (!verdict.evaluated()) {
            throw new InvalidInputException("recruitment.error.doctrine", verdict.problem());
        }
        String broken = verdict.decision().findings().stream().filter(f -> NEW_POST_RULES.contains(f.code()))
                .map(Finding::message).collect(Collectors.joining(" "));
        if (!broken.isEmpty()) {
            throw new InvalidInputException("recruitment.error.doctrine", broken);
        }
    }
}

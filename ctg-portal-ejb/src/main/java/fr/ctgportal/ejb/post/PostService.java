package fr.ctgportal.ejb.post;

import fr.ctgportal.ejb.usecase.UseCase;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;

import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.Links;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.Page;
import fr.ctgportal.ejb.platform.PageRequest;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.post.PostAccess.OnPost;
import fr.ctgportal.model.doctrine.Doctrine;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.post.VacancyCause;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.TextLimit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Use cases on cooperation posts. Authority staff see their authority's posts; Caf advisors the
 * posts of their portfolio's territories; managers all. A post outside the scope is "not found".
 * The post owns its rules ({@link CooperationPost}); changes are the employer's HR's.
 */
@Stateless
@Interceptors(DomainRules.class)
public class PostService extends UseCase {

    @Inject
    private Posts posts;

    @Inject
    private PostAccess access;

    @Inject
    private PortalDoctrine doctrine;

    @Inject
    private Notifications notifications;

    /**
     * One page of the posts within the caller's scope (the authority's posts, the advisor's portfolio,
     * every post for a manager), each with the doctrine's verdict of today: the doctrine evaluates the
     * page's posts only. Sort fields and filters: {@link Posts#page}.
     */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER})
    public Page<PostView> pagePosts(PageRequest request) {
        Page<CooperationPost> page = posts.page(scope(), request);
        Doctrine current = doctrine.current();
        LocalDate today = LocalDate.now(clock);
        return page.map(p -> PostView.of(current, p, PostVerdict.of(current, p, today)));
    }

    /**
     * A post of the caller's scope, with the doctrine's verdict ({@link PostView#verdict()}) for the
     * phase its territory is in today. Bad data never fails the call: the verdict then says why it
     * could not be computed.
     *
     * @throws NotFoundException for a post outside the caller's scope
     */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER})
    public PostView findPost(long postId) {
        return view(access.visible(caller(), postId));
    }

    /**
     * Authority HR corrects the holder's name and the annual cost (euros). {@code expectedVersion} is
     * the version the user read: if someone saved in between, nothing is saved and the user is told.
     *
     * @throws NotFoundException unless the caller is the employer's HR
     * @throws ConcurrentEditException if the post changed since the user read it
     * @throws InvalidInputException a rule of {@link CooperationPost#updateDetails} refused
     */
    @RolesAllowed(AUTHORITY_HR)
    public PostView updatePostDetails(long postId, long expectedVersion, String holderName, BigDecimal annualCost) {
        OnPost on = access.forChange(caller(), postId, expectedVersion, Side.AUTHORITY);
        CooperationPost post = on.post();
        String holderBefore = post.getHolderName();
        BigDecimal costBefore = post.getAnnualCost();
        post.updateDetails(holderName, annualCost);
        audit.record(on.caller(), AuditAction.POST_DETAILS_UPDATED, post, Texts.text("audit.postDetails",
                String.valueOf(holderBefore), String.valueOf(costBefore), String.valueOf(post.getHolderName()),
                String.valueOf(annualCost)), null);
        return view(posts.saved(post));
    }

    /**
     * The employer's HR declares the post vacant from a day (a departure or a long absence), with a
     * reason. The Caf keeps funding it during the doctrine's grace period; the daily job suspends the
     * funding after that unless a replacement was recruited (a recruitment file completed).
     *
     * @param reason optional, at most {@link TextLimit#REASON} characters
     * @throws NotFoundException unless the caller is the employer's HR
     * @throws ConcurrentEditException if the post changed since the user read it
     * @throws InvalidInputException a rule of {@link CooperationPost#declareVacancy} refused
     */
    @RolesAllowed(AUTHORITY_HR)
    public PostView declareVacancy(long postId, long expectedVersion, LocalDate since, VacancyCause cause,
            String reason) {
        OnPost on = access.forChange(caller(), postId, expectedVersion, Side.AUTHORITY);
        CooperationPost post = on.post();
        String holder = post.getHolderName();
        post.declareVacancy(since, cause, LocalDate.now(clock));
        String why = TextLimit.REASON.optional(reason);
        audit.record(on.caller(), AuditAction.VACANCY_DECLARED, post, Texts.text("audit.vacancyDeclared",
                Texts.label("vacancy", cause), String.valueOf(holder), DoctrineFormats.date(since)), why);
        notifications.toCaf(post.getTerritory(), "vacancy.declared", Links.post(Side.CAF, post.getId()),
                Notifications.post(post), post.getEmployer().getName(), DoctrineFormats.date(since), fundedUntil(post));
        return view(posts.saved(post));
    }

    /**
     * The employer's HR announces a departure known in advance: the post stays filled until that day,
     * then the daily watch makes it vacant; the doctrine's grace period runs from the departure day.
     * The Caf is told the date up to which the post stays funded.
     *
     * @param reason optional, at most {@link TextLimit#REASON} characters
     * @throws NotFoundException unless the caller is the employer's HR
     * @throws ConcurrentEditException if the post changed since the user read it
     * @throws InvalidInputException a rule of {@link CooperationPost#announceDeparture} refused
     */
    @RolesAllowed(AUTHORITY_HR)
    public PostView announceDeparture(long postId, long expectedVersion, LocalDate on, String reason) {
        OnPost change = access.forChange(caller(), postId, expectedVersion, Side.AUTHORITY);
        CooperationPost post = change.post();
        post.announceDeparture(on, LocalDate.now(clock));
        String why = TextLimit.REASON.optional(reason);
        audit.record(change.caller(), AuditAction.VACANCY_ANNOUNCED, post, Texts.text("audit.vacancyAnnounced",
                String.valueOf(post.getHolderName()), DoctrineFormats.date(on), fundedUntil(post)), why);
        notifications.toCaf(post.getTerritory(), "vacancy.announced", Links.post(Side.CAF, post.getId()),
                Notifications.post(post), post.getEmployer().getName(), DoctrineFormats.date(on), fundedUntil(post));
        return view(posts.saved(post));
    }

    /**
     * The employer's HR records the return of the holder after a long absence: the post is filled
     * again, the grace period stops (a suspended funding resumes). The Caf is told.
     *
     * @param holder the holder's name, needed only when the portal does not know it
     * @param reason optional, at most {@link TextLimit#REASON} characters
     * @throws NotFoundException unless the caller is the employer's HR
     * @throws ConcurrentEditException if the post changed since the user read it
     * @throws InvalidInputException a rule of {@link CooperationPost#endAbsence} refused
     */
    @RolesAllowed(AUTHORITY_HR)
    public PostView endAbsence(long postId, long expectedVersion, LocalDate returnedOn, String holder,
            String reason) {
        OnPost change = access.forChange(caller(), postId, expectedVersion, Side.AUTHORITY);
        CooperationPost post = change.post();
        LocalDate since = post.getVacantSince();
        post.endAbsence(returnedOn, holder, LocalDate.now(clock));
        audit.record(change.caller(), AuditAction.VACANCY_ENDED, post, Texts.text("audit.vacancyEnded",
                post.getHolderName(), DoctrineFormats.date(since), DoctrineFormats.date(returnedOn)),
                TextLimit.REASON.optional(reason));
        notifications.toCaf(post.getTerritory(), "vacancy.ended", Links.post(Side.CAF, post.getId()),
                Notifications.post(post), post.getEmployer().getName(), DoctrineFormats.date(returnedOn));
        return view(posts.saved(post));
    }

    /**
     * The employer's HR withdraws a vacancy (or an announced departure) declared by mistake, with a
     * reason, as long as no suspension of the funding took effect: the post is as before. Audited; the
     * Caf is told.
     *
     * @param holder the holder's name, needed only when the portal does not know it
     * @param reason required, at most {@link TextLimit#REASON} characters
     * @throws NotFoundException unless the caller is the employer's HR
     * @throws ConcurrentEditException if the post changed since the user read it
     * @throws InvalidInputException {@code post.error.withdrawReason} without a reason, or a rule of
     *         {@link CooperationPost#withdrawVacancy} refused
     */
    @RolesAllowed(AUTHORITY_HR)
    public PostView withdrawVacancy(long postId, long expectedVersion, String holder, String reason) {
        OnPost change = access.forChange(caller(), postId, expectedVersion, Side.AUTHORITY);
        CooperationPost post = change.post();
        String why = TextLimit.REASON.required(reason, "post.error.withdrawReason");
        LocalDate since = post.getVacantSince();
        VacancyCause cause = post.getVacancyCause();
        post.withdrawVacancy(holder);
        audit.record(change.caller(), AuditAction.VACANCY_WITHDRAWN, post, Texts.text("audit.vacancyWithdrawn",
                Texts.label("vacancy", cause), DoctrineFormats.date(since), post.getHolderName()), why);
        notifications.toCaf(post.getTerritory(), "vacancy.withdrawn", Links.post(Side.CAF, post.getId()),
                Notifications.post(post), post.getEmployer().getName(), DoctrineFormats.date(since),
                Notifications.quoted(why));
        return view(posts.saved(post));
    }

    /** The last day the post stays funded during its vacancy, as the Caf reads it (dd/MM/yyyy). */
    private String fundedUntil(CooperationPost post) {
        int months = doctrine.vacancyGraceMonths(post.getVacantSince());
        return DoctrineFormats.date(post.fundedUntil(months));
    }

    /**
     * The employer's HR names the account of the cooperation officer holding the post (blank: none),
     * and whether they lead the Ctg project; the officer then reports on the post every year.
     *
     * @throws NotFoundException unless the caller is the employer's HR
     * @throws ConcurrentEditException if the post changed since the user read it
     * @throws InvalidInputException a rule of {@link CooperationPost#assignOfficer} refused
     */
    @RolesAllowed(AUTHORITY_HR)
    public PostView assignOfficer(long postId, long expectedVersion, String username, boolean ctgLead) {
        OnPost on = access.forChange(caller(), postId, expectedVersion, Side.AUTHORITY);
        CooperationPost post = on.post();
        String before = officer(post);
        post.assignOfficer(username, ctgLead);
        audit.record(on.caller(), AuditAction.OFFICER_ASSIGNED, post,
                Texts.text("audit.officerAssigned", before, officer(post)), null);
        return view(posts.saved(post));
    }

    private PostView view(CooperationPost post) {
        Doctrine current = doctrine.current();
        return PostView.of(current, post, PostVerdict.of(current, post, LocalDate.now(clock)));
    }

    /** The post's officer as the trail names them: the account, and whether they lead the Ctg. */
    private static String officer(CooperationPost post) {
        String account = String.valueOf(post.getOfficerUsername());
        return post.isCtgLead() ? Texts.text("audit.ctgLead", account) : account;
    }
}

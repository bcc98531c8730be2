package fr.ctgportal.ejb.post;

import fr.ctgportal.ejb.platform.DomainRules;
import jakarta.interceptor.Interceptors;
import fr.ctgportal.model.shared.TextLimit;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.VacancyCause;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.security.Tenancy;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.post.PostStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Use cases on cooperation posts. Authority staff see their authority's posts; Caf advisors the
 * posts of their portfolio's territories; managers all. A post outside the scope is "not found".
 */
@Stateless
@Interceptors(DomainRules.class)
public class PostService {

    /** What the annual_cost column holds (DECIMAL(10,2)). */
    private static final BigDecimal MAX_ANNUAL_COST = new BigDecimal("99999999.99");

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private AuditTrail audit;

    @Inject
    private Notifications notifications;

    /** The posts employed by the caller's authority, each with the doctrine's verdict of today. */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER})
    public List<PostView> listOwnPosts() {
        Scope scope = tenancy.scopeOf(Caller.of(context));
        if (scope.authorityIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from CooperationPost p join fetch p.territory join fetch p.employer "
                        + "where p.employer.id in :ids order by p.territory.name, p.id", CooperationPost.class)
                .setParameter("ids", scope.authorityIds())
                .getResultList().stream().map(PostView::of).toList();
    }

    /**
     * A post of the caller's scope, with the doctrine's verdict ({@link PostView#verdict()}) for the
     * phase its territory is in today. Bad data never fails the call: the verdict then says why it
     * could not be computed.
     */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER})
    public PostView findPost(long postId) {
        return PostView.of(load(postId, tenancy.scopeOf(Caller.of(context))));
    }

    /**
     * Authority HR corrects the holder's name and the annual cost. {@code expectedVersion} is the
     * version the user read: if someone saved in between, nothing is saved and the user is told.
     */
    @RolesAllowed(AUTHORITY_HR)
    public PostView updatePostDetails(long postId, long expectedVersion, String holderName, BigDecimal annualCost) {
        Caller caller = Caller.of(context);
        Scope scope = tenancy.scopeOf(caller);
        CooperationPost post = load(postId, scope);
        // Only the employer's own HR may change a post, whatever other roles the account holds.
        if (!scope.authorityIds().contains(post.getEmployer().getId())) {
            throw new NotFoundException();
        }
        if (annualCost == null || annualCost.signum() <= 0 || annualCost.scale() > 2
                || annualCost.compareTo(MAX_ANNUAL_COST) > 0) {
            throw new InvalidInputException("post.error.annualCost");
        }
        String holder = holderName == null || holderName.isBlank() ? null : holderName.strip();
        if (TextLimit.length(holder) > TextLimit.NAME.max()) {
            throw new InvalidInputException("post.error.holderTooLong");
        }
        holder = TextLimit.NAME.optional(holder);
        // The holder follows the post's status: vacancies and recruitments are their own procedures.
        if (holder == null && post.getStatus() == PostStatus.FILLED) {
            throw new InvalidInputException("post.error.holderRequired");
        }
        if (holder != null && post.getStatus() == PostStatus.VACANT) {
            throw new InvalidInputException("post.error.vacantPost");
        }
        if (post.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        String before = "titulaire=" + post.getHolderName() + ", coût=" + post.getAnnualCost();
        post.updateDetails(holder, annualCost);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        }
        audit.record(caller, "POST_DETAILS_UPDATED", "CooperationPost", post.getId(),
                before + " -> titulaire=" + holder + ", coût=" + annualCost, null);
        return PostView.of(post);
    }

    /**
     * The employer's HR declares the post vacant from a day (a departure or a long absence), with a
     * reason. The Caf keeps funding it during the doctrine's grace period; the daily job suspends the
     * funding after that unless a replacement was recruited (a recruitment file completed).
     */
    @RolesAllowed(AUTHORITY_HR)
    public PostView declareVacancy(long postId, long expectedVersion, LocalDate since, VacancyCause cause,
                                   String reason) {
        Caller caller = Caller.of(context);
        Scope scope = tenancy.scopeOf(caller);
        CooperationPost post = load(postId, scope);
        if (!scope.authorityIds().contains(post.getEmployer().getId())) {
            throw new NotFoundException();
        }
        LocalDate today = PortalDoctrine.today();
        if (since == null || since.isBefore(today.minusYears(1)) || since.isAfter(today)) {
            throw new InvalidInputException("post.error.vacancyDate");
        }
        if (cause == null) {
            throw new InvalidInputException("post.error.vacancyCause");
        }
        if (post.getStatus() == PostStatus.VACANT) {
            throw new InvalidInputException("post.error.alreadyVacant");
        }
        if (post.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        String why = TextLimit.REASON.optional(reason);
        String holder = post.getHolderName();
        post.declareVacancy(since, cause);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        }
        audit.record(caller, "VACANCY_DECLARED", "CooperationPost", post.getId(),
                Texts.label("vacancy", cause) + " de " + holder + " à compter du " + DoctrineFormats.date(since), why);
        notifications.toCaf(post.getTerritory(), "vacancy.declared", "/caf/poste.xhtml?id=" + post.getId(),
                post.getTitle(), post.getEmployer().getName(), DoctrineFormats.date(since));
        return PostView.of(post);
    }

    /**
     * The employer's HR names the account of the cooperation officer holding the post (blank: none),
     * and whether they lead the Ctg project; the officer then reports on the post every year.
     */
    @RolesAllowed(AUTHORITY_HR)
    public PostView assignOfficer(long postId, long expectedVersion, String username, boolean ctgLead) {
        Caller caller = Caller.of(context);
        Scope scope = tenancy.scopeOf(caller);
        CooperationPost post = load(postId, scope);
        if (!scope.authorityIds().contains(post.getEmployer().getId())) {
            throw new NotFoundException();
        }
        String account = username == null || username.isBlank() ? null : username.strip();
        if (account != null && (TextLimit.length(account) > TextLimit.ACCOUNT.max() || !account.matches("[\\p{L}0-9._@-]+"))) {
            throw new InvalidInputException("post.error.officerAccount");
        }
        if (account != null && post.getStatus() == PostStatus.VACANT) {
            throw new InvalidInputException("post.error.vacantPost");
        }
        if (post.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        String before = post.getOfficerUsername() + (post.isCtgLead() ? " (chef de projet Ctg)" : "");
        post.assignOfficer(account, ctgLead);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        }
        audit.record(caller, "OFFICER_ASSIGNED", "CooperationPost", post.getId(), before + " -> " + post.getOfficerUsername()
                + (post.isCtgLead() ? " (chef de projet Ctg)" : ""), null);
        return PostView.of(post);
    }

    private CooperationPost load(long postId, Scope scope) {
        CooperationPost post = em.find(CooperationPost.class, postId);
        if (post == null || !scope.covers(post.getEmployer().getId(), post.getTerritory().getId())) {
            throw new NotFoundException();
        }
        return post;
    }
}

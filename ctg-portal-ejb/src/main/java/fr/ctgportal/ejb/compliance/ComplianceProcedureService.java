package fr.ctgportal.ejb.compliance;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.post.PostAccess;
import fr.ctgportal.ejb.post.PostAccess.OnPost;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.security.Tenancy;
import fr.ctgportal.model.compliance.ComplianceProcedure;
import fr.ctgportal.model.compliance.ProcedureGround;
import fr.ctgportal.model.compliance.ProcedureStatus;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.Side;
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
import java.util.List;

/**
 * Compliance procedures: a Caf manager questions a post's reality, weighing or conformity; the
 * authority shows its commitment before a deadline; a Caf manager concludes, compliant or with the
 * end of the Caf's funding of the post. Each step is audited and told to the other side.
 */
@Stateless
public class ComplianceProcedureService {

    private static final int MAX_TEXT = 4000;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private PostAccess access;

    @Inject
    private Tenancy tenancy;

    @Inject
    private AuditTrail audit;

    @Inject
    private Notifications notifications;

    /** The procedures of a post, newest first, for its employer's HR and the Caf of its territory. */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public List<ProcedureView> postProcedures(long postId) {
        OnPost on = access.read(Caller.of(context), postId);
        LocalDate today = PortalDoctrine.today();
        return em.createQuery("select c from ComplianceProcedure c where c.post = :p order by c.id desc",
                ComplianceProcedure.class).setParameter("p", on.post()).getResultList().stream()
                .map(c -> ProcedureView.of(c, today)).toList();
    }

    /** The procedures not closed yet in the caller's territories, the late ones first. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public List<ProcedureView> openProcedures() {
        Scope scope = tenancy.scopeOf(Caller.of(context));
        if (!scope.all() && scope.territoryIds().isEmpty()) {
            return List.of();
        }
        LocalDate today = PortalDoctrine.today();
        var query = em.createQuery("select c from ComplianceProcedure c join fetch c.post p join fetch p.territory "
                + "join fetch p.employer where c.status in :open" + (scope.all() ? "" : " and p.territory.id in :ids")
                + " order by c.deadline", ComplianceProcedure.class)
                .setParameter("open", List.of(ProcedureStatus.OPEN, ProcedureStatus.ANSWERED));
        if (!scope.all()) {
            query.setParameter("ids", scope.territoryIds());
        }
        return query.getResultList().stream().map(c -> ProcedureView.of(c, today))
                .sorted(java.util.Comparator.comparing((ProcedureView v) -> !v.late())).toList();
    }

    /** A Caf manager opens a procedure on a post of its territories; one open procedure per post. */
    @RolesAllowed(CAF_MANAGER)
    public long open(long postId, ProcedureGround ground, String reasons, LocalDate deadline) {
        OnPost on = access.lock(Caller.of(context), postId);
        if (on.side() != Side.CAF) {
            throw new NotFoundException();
        }
        if (ground == null) {
            throw new InvalidInputException("procedure.error.ground");
        }
        String why = required(reasons, "procedure.error.reasons");
        if (deadline == null || !deadline.isAfter(PortalDoctrine.today())) {
            throw new InvalidInputException("procedure.error.deadline");
        }
        CooperationPost post = on.post();
        if (post.getFundingEndedOn() != null) {
            throw new InvalidInputException("procedure.error.fundingEnded");
        }
        boolean alreadyOpen = !em.createQuery("select c.id from ComplianceProcedure c where c.post = :p "
                        + "and c.status in :open", Long.class).setParameter("p", post)
                .setParameter("open", List.of(ProcedureStatus.OPEN, ProcedureStatus.ANSWERED)).getResultList().isEmpty();
        if (alreadyOpen) {
            throw new InvalidInputException("procedure.error.alreadyOpen");
        }
        ComplianceProcedure procedure = new ComplianceProcedure(post, ground, why, deadline, on.caller().username(),
                Instant.now());
        em.persist(procedure);
        em.flush();
        audit.record(on.caller(), "PROCEDURE_OPENED", "CooperationPost", postId, Texts.label("ground", ground)
                + ", réponse attendue au plus tard le " + DoctrineFormats.date(deadline), why);
        notifications.toAuthority(post.getEmployer(), "procedure.opened", "/collectivite/poste.xhtml?id=" + postId,
                post.getTitle(), post.getEmployer().getName(), DoctrineFormats.date(deadline));
        return procedure.getId();
    }

    /** The employer's HR shows its commitment, while the procedure is not closed. */
    @RolesAllowed(AUTHORITY_HR)
    public void answer(long procedureId, long expectedVersion, String commitment) {
        ComplianceProcedure procedure = lock(procedureId, expectedVersion, Side.AUTHORITY);
        String text = required(commitment, "procedure.error.commitment");
        Caller caller = Caller.of(context);
        procedure.answer(text, caller.username(), Instant.now());
        CooperationPost post = procedure.getPost();
        audit.record(caller, "PROCEDURE_ANSWERED", "CooperationPost", post.getId(),
                "engagement de la collectivité transmis", text);
        notifications.toCaf(post.getTerritory(), "procedure.answered", "/caf/poste.xhtml?id=" + post.getId(),
                post.getTitle(), post.getEmployer().getName(), "");
    }

    /**
     * A Caf manager concludes: compliant, or the end of the funding of the post (from the day). The
     * funding can be ended without an answer only after the deadline.
     */
    @RolesAllowed(CAF_MANAGER)
    public void close(long procedureId, long expectedVersion, boolean compliant, String reasons) {
        ComplianceProcedure procedure = lock(procedureId, expectedVersion, Side.CAF);
        String why = required(reasons, "procedure.error.closingReasons");
        LocalDate today = PortalDoctrine.today();
        if (!compliant && procedure.getStatus() == ProcedureStatus.OPEN && !procedure.lateOn(today)) {
            throw new InvalidInputException("procedure.error.beforeDeadline", DoctrineFormats.date(procedure.getDeadline()));
        }
        Caller caller = Caller.of(context);
        procedure.close(compliant, why, caller.username(), Instant.now());
        CooperationPost post = procedure.getPost();
        if (!compliant) {
            post.endFunding(today);
        }
        audit.record(caller, compliant ? "PROCEDURE_CLOSED_COMPLIANT" : "PROCEDURE_FUNDING_ENDED", "CooperationPost",
                post.getId(), compliant ? "poste conforme" : "fin du financement le " + DoctrineFormats.date(today), why);
        notifications.toAuthority(post.getEmployer(), compliant ? "procedure.compliant" : "procedure.fundingEnded",
                "/collectivite/poste.xhtml?id=" + post.getId(), post.getTitle(), post.getEmployer().getName(), why);
    }

    private ComplianceProcedure lock(long procedureId, long expectedVersion, Side side) {
        ComplianceProcedure procedure = em.find(ComplianceProcedure.class, procedureId);
        if (procedure == null) {
            throw new NotFoundException();
        }
        OnPost on = access.lock(Caller.of(context), procedure.getPost().getId());
        if (on.side() != side) {
            throw new NotFoundException();
        }
        em.refresh(procedure, LockModeType.PESSIMISTIC_WRITE);
        if (procedure.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (procedure.getStatus().closed()) {
            throw new InvalidInputException("procedure.error.closed");
        }
        return procedure;
    }

    private static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(key);
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new InvalidInputException("recruitment.error.textTooLong");
        }
        return text.strip();
    }
}

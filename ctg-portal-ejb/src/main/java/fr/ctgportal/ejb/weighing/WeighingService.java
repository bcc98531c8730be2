package fr.ctgportal.ejb.weighing;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.post.PostAccess;
import fr.ctgportal.ejb.post.PostAccess.OnPost;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.weighing.Weighing;
import fr.ctgportal.model.weighing.WeighingLine;
import fr.ctgportal.model.weighing.WeighingSplit;
import fr.ctgportal.model.weighing.WeighingStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The weighing of a post, negotiated between the employer's HR and the Caf: proposals and
 * counter-proposals until the awaited side accepts; the agreed version sets the post's cooperation
 * share for the doctrine. Every step is audited and told to the other side.
 */
@Stateless
public class WeighingService {

    /** The token of a post without an open negotiation. */
    public static final long NO_NEGOTIATION = -1;

    private static final int MAX_COMMENT = 4000;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private PostAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Notifications notifications;

    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public PostWeighings findWeighings(long postId) {
        OnPost on = access.read(Caller.of(context), postId);
        List<Weighing> versions = versionsOf(on.post());
        Optional<Weighing> open = versions.stream().filter(w -> w.getStatus() == WeighingStatus.NEGOTIATING).findFirst();
        boolean awaited = open.map(w -> w.getAwaiting() == on.side()).orElse(false);
        return new PostWeighings(on.post().getId(), on.post().getTitle(), on.post().getEmploymentFte(), on.side(),
                versions.stream().map(WeighingView::of).toList(), open.map(Weighing::getVersion).orElse(NO_NEGOTIATION),
                open.isEmpty() ? on.side() == Side.AUTHORITY : awaited, awaited);
    }

    /**
     * Proposes a split: the authority starts a new version when none is being negotiated; the side
     * awaited answers with a counter-proposal, which needs a comment.
     *
     * @param expectedVersion {@link PostWeighings#token()} as the user read it
     */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public void propose(long postId, long expectedVersion, List<WeighingLineInput> lines, String comment) {
        OnPost on = access.lock(Caller.of(context), postId);
        CooperationPost post = on.post();
        Optional<Weighing> open = negotiating(post, expectedVersion);
        List<WeighingLine> split = lines.stream().filter(l -> l.fte() != null && l.fte().signum() > 0
                        || l.use() == fr.ctgportal.model.weighing.TimeUse.COOPERATION)
                .map(l -> new WeighingLine(l.use(), blankToNull(l.label()), l.fte())).toList();
        List<String> problems = WeighingSplit.problems(split, post.getEmploymentFte());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0), DoctrineFormats.decimal(post.getEmploymentFte()));
        }
        String why = blankToNull(comment);
        if (why != null && why.length() > MAX_COMMENT) {
            throw new InvalidInputException("recruitment.error.textTooLong");
        }
        Instant now = Instant.now();
        String who = on.caller().username();
        Weighing weighing;
        if (open.isEmpty()) {
            if (on.side() != Side.AUTHORITY) {
                throw new InvalidInputException("weighing.error.authorityStarts");
            }
            weighing = Weighing.proposed(post, versionsOf(post).size() + 1, split, why, who, now);
            em.persist(weighing);
        } else {
            weighing = open.get();
            if (weighing.getAwaiting() != on.side()) {
                throw new InvalidInputException("weighing.error.notYourTurn");
            }
            if (why == null) {
                throw new InvalidInputException("weighing.error.commentRequired");
            }
            weighing.counterPropose(on.side(), split, why, who, now);
        }
        em.flush();
        audit.record(on.caller(), "WEIGHING_PROPOSED", "CooperationPost", post.getId(),
                "pesée n° " + weighing.getNumber() + " : " + describe(split), why);
        tellTheOtherSide(on, "weighing.proposed", who);
    }

    /** The awaited side accepts the other's last proposal: the version is agreed and applied to the post. */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public void accept(long postId, long expectedVersion) {
        OnPost on = access.lock(Caller.of(context), postId);
        CooperationPost post = on.post();
        Weighing weighing = negotiating(post, expectedVersion)
                .orElseThrow(() -> new InvalidInputException("weighing.error.nothingToAccept"));
        if (weighing.getAwaiting() != on.side()) {
            throw new InvalidInputException("weighing.error.notYourTurn");
        }
        versionsOf(post).stream().filter(w -> w.getStatus() == WeighingStatus.AGREED).forEach(Weighing::supersede);
        weighing.accept(on.side(), on.caller().username(), Instant.now());
        List<WeighingLine> agreed = weighing.lastProposal().getLines();
        BigDecimal share = WeighingSplit.cooperationShare(agreed, post.getEmploymentFte());
        post.weighingAgreed(share, WeighingSplit.serviceFunded(agreed));
        audit.record(on.caller(), "WEIGHING_AGREED", "CooperationPost", post.getId(),
                "pesée n° " + weighing.getNumber() + " : " + describe(agreed) + " ; quotité de coopération "
                        + DoctrineFormats.percent(share), null);
        tellTheOtherSide(on, "weighing.agreed", null);
    }

    private Optional<Weighing> negotiating(CooperationPost post, long expectedVersion) {
        Optional<Weighing> open = versionsOf(post).stream()
                .filter(w -> w.getStatus() == WeighingStatus.NEGOTIATING).findFirst();
        long current = open.map(Weighing::getVersion).orElse(NO_NEGOTIATION);
        if (current != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return open;
    }

    private List<Weighing> versionsOf(CooperationPost post) {
        return em.createQuery("select w from Weighing w where w.post = :p order by w.number desc", Weighing.class)
                .setParameter("p", post).getResultList();
    }

    private void tellTheOtherSide(OnPost on, String event, String detail) {
        CooperationPost post = on.post();
        Object[] args = {post.getTitle(), post.getEmployer().getName(), detail == null ? "" : detail};
        if (on.side() == Side.AUTHORITY) {
            notifications.toCaf(post.getTerritory(), event, "/caf/poste.xhtml?id=" + post.getId(), args);
        } else {
            notifications.toAuthority(post.getEmployer(), event, "/collectivite/poste.xhtml?id=" + post.getId(), args);
        }
    }

    private static String describe(List<WeighingLine> lines) {
        return lines.stream().map(l -> Texts.label("use", l.getUse()) + (l.getLabel() == null ? "" : " (" + l.getLabel() + ")")
                + " " + DoctrineFormats.decimal(l.getFte()) + " ETP").collect(Collectors.joining(", "));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

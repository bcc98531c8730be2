package fr.ctgportal.ejb.weighing;

import fr.ctgportal.ejb.account.People;
import fr.ctgportal.ejb.usecase.UseCase;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.Links;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.post.PostAccess;
import fr.ctgportal.ejb.post.PostAccess.OnPost;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.weighing.TimeUse;
import fr.ctgportal.model.weighing.Weighing;
import fr.ctgportal.model.weighing.WeighingLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The weighing of a post, negotiated between the employer's HR and the Caf: proposals and
 * counter-proposals until the awaited side accepts; the agreed version sets the post's cooperation
 * share for the doctrine. The {@link Weighing} owns the rules; every step is audited and told to the
 * other side.
 */
@Stateless
@Interceptors(DomainRules.class)
public class WeighingService extends UseCase {

    @Inject
    private People people;

    /** The token of a post without an open negotiation. */
    public static final long NO_NEGOTIATION = -1;

    @Inject
    private PostAccess access;

    @Inject
    private Weighings weighings;

    @Inject
    private Notifications notifications;

    /** @throws NotFoundException unless the caller is party to the post */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public PostWeighings findWeighings(long postId) {
        OnPost on = access.read(caller(), postId);
        List<Weighing> versions = weighings.ofPost(on.post());
        Optional<Weighing> open = versions.stream().filter(Weighing::isNegotiating).findFirst();
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
     * @param lines           the split, in FTE (lines without time are dropped, but the cooperation one)
     * @throws ConcurrentEditException if the negotiation moved since the user read it
     * @throws InvalidInputException a rule of {@link Weighing} refused
     */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public void propose(long postId, long expectedVersion, List<WeighingLineInput> lines, String comment) {
        OnPost on = access.lock(caller(), postId);
        CooperationPost post = on.post();
        Optional<Weighing> open = negotiating(post, expectedVersion);
        List<WeighingLine> split = lines.stream()
                .filter(l -> l.fte() != null && l.fte().signum() > 0 || l.use() == TimeUse.COOPERATION)
                .map(l -> new WeighingLine(l.use(), TextLimit.NAME.optional(l.label()), l.fte()))
                .toList();
        Stamp stamp = Stamp.of(on.caller().username(), clock.instant());
        Weighing weighing;
        if (open.isEmpty()) {
            weighing = Weighing.proposed(post, weighings.ofPost(post).size() + 1, on.side(), split, comment, stamp);
            weighings.add(weighing);
        } else {
            weighing = open.get();
            weighing.counterPropose(on.side(), split, comment, stamp);
        }
        audit.record(on.caller(), AuditAction.WEIGHING_PROPOSED, post, Texts.text("audit.weighingProposed",
                String.valueOf(weighing.getNumber()), describe(split)), weighing.lastProposal().getComment());
        tellTheOtherSide(on, "weighing.proposed", people.nameAndRoleOf(stamp.by()), weighing.getNumber());
    }

    /**
     * The awaited side accepts the other's last proposal: the version is agreed and applied to the post.
     *
     * @throws ConcurrentEditException if the negotiation moved since the user read it
     * @throws InvalidInputException nothing to accept, or not the caller's turn
     */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public void accept(long postId, long expectedVersion) {
        OnPost on = access.lock(caller(), postId);
        CooperationPost post = on.post();
        Weighing weighing = negotiating(post, expectedVersion)
                .orElseThrow(() -> new InvalidInputException("weighing.error.nothingToAccept"));
        weighings.agreed(post).ifPresent(Weighing::supersede); // undone if the weighing refuses
        weighing.accept(on.side(), Stamp.of(on.caller().username(), clock.instant()));
        audit.record(on.caller(), AuditAction.WEIGHING_AGREED, post, Texts.text("audit.weighingAgreed",
                String.valueOf(weighing.getNumber()), describe(weighing.lastProposal().getLines()),
                DoctrineFormats.percent(weighing.agreedShare())), null);
        tellTheOtherSide(on, "weighing.agreed", null, weighing.getNumber());
    }

    /**
     * The version being negotiated, locked at the token the user read ({@link #NO_NEGOTIATION} when
     * they saw none).
     *
     * @throws ConcurrentEditException if that is no longer so
     */
    private Optional<Weighing> negotiating(CooperationPost post, long token) {
        Optional<Weighing> open = weighings.negotiating(post);
        if (open.isEmpty() && token != NO_NEGOTIATION) {
            throw new ConcurrentEditException();
        }
        return open.map(w -> records.forChange(w, token));
    }

    /** @param version the weighing's number, {3} of the mail */
    private void tellTheOtherSide(OnPost on, String event, String detail, int version) {
        CooperationPost post = on.post();
        Object[] args = {Notifications.post(post), post.getEmployer().getName(), detail == null ? "" : detail,
                String.valueOf(version)};
        if (on.side() == Side.AUTHORITY) {
            notifications.toCaf(post.getTerritory(), event, Links.post(Side.CAF, post.getId()), args);
        } else {
            notifications.toAuthority(post.getEmployer(), event, Links.post(Side.AUTHORITY, post.getId()), args);
        }
    }

    private static String describe(List<WeighingLine> lines) {
        return lines.stream()
                .map(l -> Texts.text(l.getLabel() == null ? "audit.weighingLine" : "audit.weighingLineLabelled",
                        Texts.label("use", l.getUse()), DoctrineFormats.decimal(l.getFte()),
                        String.valueOf(l.getLabel())))
                .collect(Collectors.joining(", "));
    }
}

package fr.ctgportal.model.weighing;

import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.shared.VersionedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A version of the weighing ("pesée") of a post: how the holder's working time splits between the
 * cooperation mission and the other functions, agreed by the authority and the Caf.
 *
 * <p>Lifecycle ({@link WeighingStatus}): the authority proposes a split; the Caf accepts it or
 * counter-proposes with comments, and so on until the side awaited accepts the other's last
 * proposal. Both sides have then signed it (the proposer by proposing, the other by accepting): the
 * version is {@link WeighingStatus#AGREED}, locked, and sets the post's cooperation share for the
 * doctrine. A later change is a new version; the agreed one before it becomes
 * {@link WeighingStatus#SUPERSEDED} when the new one is agreed. Every proposal stays readable.
 *
 * <p>Refusals ({@link DomainRuleException} keys): a split breaking {@link WeighingSplit}'s rules (its
 * key, with the employment FTE), {@code weighing.error.authorityStarts}, {@code weighing.error.notYourTurn},
 * {@code weighing.error.commentRequired} (a counter-proposal says why), {@code weighing.error.nothingToAccept}.
 */
@Entity
@Table(name = "weighing")
@NamedQuery(name = "Weighing.ofPost", query = "select w from Weighing w where w.post = :post order by w.number desc")
@NamedQuery(name = "Weighing.agreedOfPost", query = "select w from Weighing w where w.post = :post "
        + "and w.status = fr.ctgportal.model.weighing.WeighingStatus.AGREED")
@NamedQuery(name = "Weighing.postIdsAgreedAmong", query = "select w.post.id from Weighing w "
        + "where w.status = fr.ctgportal.model.weighing.WeighingStatus.AGREED and w.post in :posts")
// Work queues (issue 14): one query per kind of work, post reference, title, holder and employer in the row.
@NamedQuery(name = "Weighing.workAwaiting", query = "select w.id, p.id, p.cafReference, p.title, p.holderName, e.name, "
        + "w.number from Weighing w join w.post p join p.employer e "
        + "where w.status = fr.ctgportal.model.weighing.WeighingStatus.NEGOTIATING and w.awaiting = :side "
        + "and (e.id in :authorities or p.territory.id in :territories)")
public class Weighing extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private CooperationPost post;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WeighingStatus status;

    /** The side whose answer is awaited while negotiating. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Side awaiting;

    @OneToMany(mappedBy = "weighing", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<WeighingProposal> proposals = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "authority_signed_by", length = 100))
    @AttributeOverride(name = "at", column = @Column(name = "authority_signed_at"))
    private Stamp authoritySigned;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "caf_signed_by", length = 100))
    @AttributeOverride(name = "at", column = @Column(name = "caf_signed_at"))
    private Stamp cafSigned;

    protected Weighing() {
        // for JPA
    }

    /**
     * The first proposal of a new version: only the authority starts one.
     *
     * @param number  the version's number for the post (1, 2, ...)
     * @param lines   the split, in FTE, whose total is the post's employment FTE
     * @param comment optional, as typed
     * @throws DomainRuleException {@code weighing.error.authorityStarts} for the Caf, or a split's problem
     */
    public static Weighing proposed(CooperationPost post, int number, Side side, List<WeighingLine> lines,
            String comment, Stamp stamp) {
        requireValid(lines, post.getEmploymentFte());
        String why = TextLimit.COMMENT.optional(comment);
        if (side != Side.AUTHORITY) {
            throw new DomainRuleException("weighing.error.authorityStarts");
        }
        Weighing weighing = new Weighing();
        weighing.post = post;
        weighing.number = number;
        weighing.status = WeighingStatus.NEGOTIATING;
        weighing.proposals.add(new WeighingProposal(weighing, 1, side, lines, why, stamp));
        weighing.awaiting = Side.CAF;
        return weighing;
    }

    /**
     * The awaited side answers with its own split, and says why.
     *
     * @throws DomainRuleException a split's problem, {@code weighing.error.notYourTurn},
     *         {@code weighing.error.commentRequired}
     */
    public void counterPropose(Side side, List<WeighingLine> lines, String comment, Stamp stamp) {
        requireValid(lines, post.getEmploymentFte());
        String why = TextLimit.COMMENT.optional(comment);
        requireAwaited(side);
        if (why == null) {
            throw new DomainRuleException("weighing.error.commentRequired");
        }
        proposals.add(new WeighingProposal(this, proposals.size() + 1, side, lines, why, stamp));
        awaiting = side == Side.AUTHORITY ? Side.CAF : Side.AUTHORITY;
    }

    /**
     * The awaited side accepts the other's last proposal: both have signed, the version is locked and
     * sets the post's cooperation share (and whether a prestation de service funds part of it).
     *
     * @throws DomainRuleException {@code weighing.error.notYourTurn}
     */
    public void accept(Side side, Stamp stamp) {
        requireAwaited(side);
        WeighingProposal last = lastProposal();
        sign(last.getSide(), last.getProposed());
        sign(side, stamp);
        status = WeighingStatus.AGREED;
        awaiting = null;
        List<WeighingLine> agreed = last.getLines();
        post.weighingAgreed(agreedShare(), WeighingSplit.serviceFunded(agreed));
    }

    /** @return the cooperation share of the last proposal (the agreed one once agreed), a fraction to 4 decimals */
    public BigDecimal agreedShare() {
        return WeighingSplit.cooperationShare(lastProposal().getLines(), post.getEmploymentFte());
    }

    /** A later version was agreed. */
    public void supersede() {
        if (status != WeighingStatus.AGREED) {
            throw new IllegalStateException("only an agreed weighing is superseded");
        }
        status = WeighingStatus.SUPERSEDED;
    }

    /** @return whether proposals still go back and forth */
    public boolean isNegotiating() {
        return status == WeighingStatus.NEGOTIATING;
    }

    public WeighingProposal lastProposal() {
        return proposals.get(proposals.size() - 1);
    }

    private static void requireValid(List<WeighingLine> lines, BigDecimal employmentFte) {
        List<String> problems = WeighingSplit.problems(lines, employmentFte);
        if (!problems.isEmpty()) {
            throw new DomainRuleException(problems.get(0), DoctrineFormats.decimal(employmentFte));
        }
    }

    private void sign(Side side, Stamp stamp) {
        if (side == Side.AUTHORITY) {
            authoritySigned = stamp;
        } else {
            cafSigned = stamp;
        }
    }

    private void requireAwaited(Side side) {
        if (status != WeighingStatus.NEGOTIATING || awaiting != side) {
            throw new DomainRuleException("weighing.error.notYourTurn");
        }
    }

    public CooperationPost getPost() { return post; }
    public int getNumber() { return number; }
    public WeighingStatus getStatus() { return status; }
    public Side getAwaiting() { return awaiting; }
    public List<WeighingProposal> getProposals() { return List.copyOf(proposals); }
    /** @return who signed for the authority and when; null until agreed */
    public Stamp getAuthoritySigned() {
        return Stamp.orNull(authoritySigned);
    }
    /** @return who signed for the Caf and when; null until agreed */
    public Stamp getCafSigned() {
        return Stamp.orNull(cafSigned);
    }
}

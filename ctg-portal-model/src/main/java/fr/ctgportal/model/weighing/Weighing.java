package fr.ctgportal.model.weighing;

import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.Side;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
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
 */
@Entity
@Table(name = "weighing")
public class Weighing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

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

    @Column(name = "authority_signed_by", length = 100)
    private String authoritySignedBy;

    @Column(name = "authority_signed_at")
    private Instant authoritySignedAt;

    @Column(name = "caf_signed_by", length = 100)
    private String cafSignedBy;

    @Column(name = "caf_signed_at")
    private Instant cafSignedAt;

    protected Weighing() {
        // for JPA
    }

    /** The authority's first proposal of a new version. */
    public static Weighing proposed(CooperationPost post, int number, List<WeighingLine> lines, String comment,
                                    String by, Instant at) {
        Weighing weighing = new Weighing();
        weighing.post = post;
        weighing.number = number;
        weighing.status = WeighingStatus.NEGOTIATING;
        weighing.proposals.add(new WeighingProposal(weighing, 1, Side.AUTHORITY, lines, comment, by, at));
        weighing.awaiting = Side.CAF;
        return weighing;
    }

    /** The awaited side answers with its own split. */
    public void counterPropose(Side side, List<WeighingLine> lines, String comment, String by, Instant at) {
        requireAwaited(side);
        proposals.add(new WeighingProposal(this, proposals.size() + 1, side, lines, comment, by, at));
        awaiting = side == Side.AUTHORITY ? Side.CAF : Side.AUTHORITY;
    }

    /** The awaited side accepts the other's last proposal: both have signed, the version is locked. */
    public void accept(Side side, String by, Instant at) {
        requireAwaited(side);
        WeighingProposal last = lastProposal();
        sign(last.getSide(), last.getProposedBy(), last.getProposedAt());
        sign(side, by, at);
        status = WeighingStatus.AGREED;
        awaiting = null;
    }

    /** A later version was agreed. */
    public void supersede() {
        if (status != WeighingStatus.AGREED) {
            throw new IllegalStateException("only an agreed weighing is superseded");
        }
        status = WeighingStatus.SUPERSEDED;
    }

    public WeighingProposal lastProposal() {
        return proposals.get(proposals.size() - 1);
    }

    private void sign(Side side, String by, Instant at) {
        if (side == Side.AUTHORITY) {
            authoritySignedBy = by;
            authoritySignedAt = at;
        } else {
            cafSignedBy = by;
            cafSignedAt = at;
        }
    }

    private void requireAwaited(Side side) {
        if (status != WeighingStatus.NEGOTIATING || awaiting != side) {
            throw new IllegalStateException(side + " is not awaited");
        }
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public CooperationPost getPost() { return post; }
    public int getNumber() { return number; }
    public WeighingStatus getStatus() { return status; }
    public Side getAwaiting() { return awaiting; }
    public List<WeighingProposal> getProposals() { return List.copyOf(proposals); }
    public String getAuthoritySignedBy() { return authoritySignedBy; }
    public Instant getAuthoritySignedAt() { return authoritySignedAt; }
    public String getCafSignedBy() { return cafSignedBy; }
    public Instant getCafSignedAt() { return cafSignedAt; }
}

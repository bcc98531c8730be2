package fr.ctgportal.model.weighing;

import fr.ctgportal.model.shared.IdentifiedEntity;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One proposal of a weighing negotiation, by one side, with its comment. Never changed. */
@Entity
@Table(name = "weighing_proposal")
public class WeighingProposal extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "weighing_id", nullable = false)
    private Weighing weighing;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Side side;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "weighing_line", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<WeighingLine> lines = new ArrayList<>();

    @Column(name = "comment_text")
    private String comment;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "proposed_by", nullable = false, length = 100))
    @AttributeOverride(name = "at", column = @Column(name = "proposed_at", nullable = false))
    private Stamp proposed;

    protected WeighingProposal() {
        // for JPA
    }

    WeighingProposal(Weighing weighing, int number, Side side, List<WeighingLine> lines, String comment, Stamp stamp) {
        this.weighing = weighing;
        this.number = number;
        this.side = side;
        this.lines.addAll(lines);
        this.comment = comment;
        this.proposed = stamp;
    }

    public int getNumber() { return number; }
    public Side getSide() { return side; }
    public List<WeighingLine> getLines() { return List.copyOf(lines); }
    public String getComment() { return comment; }
    /** @return who proposed it and when (by proposing, that side signs it) */
    public Stamp getProposed() {
        return proposed;
    }
}

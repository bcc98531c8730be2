package fr.ctgportal.ejb.weighing;

import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.weighing.TimeUse;
import fr.ctgportal.model.weighing.Weighing;
import fr.ctgportal.model.weighing.WeighingLine;
import fr.ctgportal.model.weighing.WeighingProposal;
import fr.ctgportal.model.weighing.WeighingStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A weighing version with all its proposals, oldest first, and who signed it. */
public record WeighingView(long id, long version, int number, WeighingStatus status, Side awaiting,
        List<ProposalView> proposals, String authoritySignedBy, Instant authoritySignedAt,
        String cafSignedBy, Instant cafSignedAt) implements Serializable {

    /** One proposal: who, when, the split and the comment. */
    public record ProposalView(int number, Side side, String proposedBy, Instant proposedAt, String comment,
            List<LineView> lines) implements Serializable {
    }

    /** One line of a split. */
    public record LineView(TimeUse use, String label, BigDecimal fte)
            implements
                Serializable {
    }

    static WeighingView of(Weighing w) {
        return new WeighingView(w.getId(), w.getVersion(), w.getNumber(), w.getStatus(), w.getAwaiting(),
                w.getProposals().stream().map(WeighingView::proposal).toList(), by(w.getAuthoritySigned()),
                at(w.getAuthoritySigned()), by(w.getCafSigned()), at(w.getCafSigned()));
    }

    private static ProposalView proposal(WeighingProposal p) {
        return new ProposalView(p.getNumber(), p.getSide(), p.getProposed().by(), p.getProposed().at(), p.getComment(),
                p.getLines().stream().map(WeighingView::line).toList());
    }

    private static String by(Stamp stamp) {
        return stamp == null ? null : stamp.by();
    }

    private static Instant at(Stamp stamp) {
        return stamp == null ? null : stamp.at();
    }

    private static LineView line(WeighingLine l) {
        return new LineView(l.getUse(), l.getLabel(), l.getFte());
    }

    public ProposalView lastProposal() {
        return proposals.get(proposals.size() - 1);
    }
}

package fr.ctgportal.ejb.weighing;

import fr.ctgportal.model.shared.Side;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The weighings of a post as the reader sees them: every version (newest first), the open
 * negotiation if any, and what the reader may do now.
 *
 * @param token     the version to send back with a proposal or an acceptance: the open negotiation's,
 *                  or {@link WeighingService#NO_NEGOTIATION}
 * @param canPropose whether the reader may propose a split now (start a version, or counter-propose)
 * @param canAccept  whether the reader may accept the other side's last proposal
 */
public record PostWeighings(long postId, String postTitle, BigDecimal employmentFte, Side readerSide,
        List<WeighingView> versions, long token, boolean canPropose, boolean canAccept)
        implements
            Serializable {
}

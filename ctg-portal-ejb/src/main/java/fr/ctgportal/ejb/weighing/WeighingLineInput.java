package fr.ctgportal.ejb.weighing;

import fr.ctgportal.model.weighing.TimeUse;
import java.io.Serializable;
import java.math.BigDecimal;

/** One line of a proposed split of the holder's time: a use, its label (for "other"), its FTE. */
public record WeighingLineInput(TimeUse use, String label, BigDecimal fte) implements Serializable {
}

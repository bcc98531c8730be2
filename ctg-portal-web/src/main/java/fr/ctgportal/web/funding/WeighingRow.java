package fr.ctgportal.web.funding;

import fr.ctgportal.model.weighing.TimeUse;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/** One line of the weighing form: a use of the holder's time, its FTE, and its label for "other". */
public class WeighingRow implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final TimeUse use;
    private BigDecimal fte;
    private String label;

    WeighingRow(TimeUse use, BigDecimal fte, String label) {
        this.use = use;
        this.fte = fte;
        this.label = label;
    }

    public TimeUse getUse() { return use; }
    public BigDecimal getFte() { return fte; }
    public void setFte(BigDecimal fte) { this.fte = fte; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}

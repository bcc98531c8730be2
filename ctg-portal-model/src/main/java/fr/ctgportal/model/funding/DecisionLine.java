package fr.ctgportal.model.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of a stored funding decision, as the doctrine gave it: a finding (code, severity, text),
 * a computation step (code, text, amount) or a parameter value (code, value, valid-from, source).
 * Kept as text and numbers so that the decision reads the same whatever the doctrine becomes.
 */
@Embeddable
public class DecisionLine {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(length = 20)
    private String qualifier;

    @Column(name = "text_value", nullable = false, length = 1000)
    private String text;

    @Column(precision = 14, scale = 4)
    private BigDecimal amount;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    protected DecisionLine() {
        // for JPA
    }

    DecisionLine(String code, String qualifier, String text, BigDecimal amount, LocalDate validFrom) {
        this.code = code;
        this.qualifier = qualifier;
        this.text = text;
        this.amount = amount;
        this.validFrom = validFrom;
    }

    public String getCode() { return code; }
    /** The finding's severity; null otherwise. */
    public String getQualifier() { return qualifier; }
    public String getText() { return text; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getValidFrom() { return validFrom; }
}

package fr.ctgportal.model.doctrine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One dated value of a doctrine parameter: it applies from {@code validFrom} (inclusive) until
 * the next value of the same parameter.
 *
 * @param parameter the key
 * @param validFrom first day the value applies
 * @param value     the value, in the parameter's {@link DoctrineParameter.Unit unit}
 * @param source    the text the value comes from (e.g. the doctrine of 15/11/2024)
 * @throws IllegalArgumentException if a component is missing or the value does not fit the unit
 */
public record ParameterValue(DoctrineParameter parameter, LocalDate validFrom, BigDecimal value, String source) {

    public ParameterValue {
        DoctrineMessages m = DoctrineMessages.french();
        if (parameter == null) {
            throw new IllegalArgumentException(m.text("invalid.missing", m.text("field.parameter")));
        }
        String label = m.text(parameter.messageKey());
        if (validFrom == null) {
            throw new IllegalArgumentException(m.text("invalid.parameter.valid_from", label));
        }
        if (value == null || !parameter.unit().accepts(value)) {
            throw new IllegalArgumentException(
                    m.text("invalid.parameter." + parameter.unit().name().toLowerCase(java.util.Locale.ROOT),
                            label, value == null ? "—" : parameter.unit().format(value)));
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(m.text("invalid.parameter.source", label));
        }
    }

    /** @return the value formatted for display, e.g. "48 000,00 €" or "25 %" */
    public String formatted() {
        return parameter.unit().format(value);
    }
}

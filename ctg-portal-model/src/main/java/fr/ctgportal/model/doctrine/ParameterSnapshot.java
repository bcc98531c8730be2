package fr.ctgportal.model.doctrine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter values a decision used, each with its valid-from date and source: stored with
 * the decision so that it can be explained, and replayed, whatever the doctrine becomes.
 *
 * @param on     the date the values were read for
 * @param values one value for every {@link DoctrineParameter}
 */
public record ParameterSnapshot(LocalDate on, Map<DoctrineParameter, ParameterValue> values) {

    public ParameterSnapshot {
        EnumMap<DoctrineParameter, ParameterValue> copy = new EnumMap<>(DoctrineParameter.class);
        copy.putAll(values);
        if (copy.size() != DoctrineParameter.values().length) {
            throw new IllegalArgumentException(DoctrineMessages.french().text("invalid.snapshot_incomplete"));
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** @return the dated value of the parameter */
    public ParameterValue get(DoctrineParameter parameter) {
        return values.get(parameter);
    }

    /** @return the bare value of the parameter */
    public BigDecimal value(DoctrineParameter parameter) {
        return values.get(parameter).value();
    }

    /** @return the values in the order of {@link DoctrineParameter}, for display */
    public List<ParameterValue> list() {
        return List.copyOf(values.values());
    }
}

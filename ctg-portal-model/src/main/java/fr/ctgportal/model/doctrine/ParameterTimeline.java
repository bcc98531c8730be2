package fr.ctgportal.model.doctrine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dated values of every doctrine parameter, OpenFisca-style: the value in force on a date is
 * the latest one whose valid-from date is on or before it. Immutable: {@link #with} returns a new
 * timeline, so adding a later value can never change what an earlier date resolves to.
 */
public final class ParameterTimeline {

    private final Map<DoctrineParameter, NavigableMap<LocalDate, ParameterValue>> values;

    private ParameterTimeline(Map<DoctrineParameter, NavigableMap<LocalDate, ParameterValue>> values) {
        this.values = values;
    }

    /** @return a timeline with no value */
    public static ParameterTimeline empty() {
        return new ParameterTimeline(new EnumMap<>(DoctrineParameter.class));
    }

    /**
     * @param value a dated value; it replaces a value of the same parameter from the same date
     * @return a new timeline with that value
     */
    public ParameterTimeline with(ParameterValue value) {
        Map<DoctrineParameter, NavigableMap<LocalDate, ParameterValue>> copy = new EnumMap<>(DoctrineParameter.class);
        values.forEach((key, history) -> copy.put(key, new TreeMap<>(history)));
        copy.computeIfAbsent(value.parameter(), k -> new TreeMap<>()).put(value.validFrom(), value);
        copy.replaceAll((key, history) -> Collections.unmodifiableNavigableMap(history));
        return new ParameterTimeline(copy);
    }

    /** @return the value of the parameter in force on that date, empty before its first value */
    public Optional<ParameterValue> valueAt(DoctrineParameter parameter, LocalDate on) {
        NavigableMap<LocalDate, ParameterValue> history = values.get(parameter);
        if (history == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, ParameterValue> entry = history.floorEntry(on);
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    /** @return every value of the parameter, oldest first (for an administration screen) */
    public List<ParameterValue> history(DoctrineParameter parameter) {
        NavigableMap<LocalDate, ParameterValue> history = values.get(parameter);
        return history == null ? List.of() : List.copyOf(history.values());
    }

    /** @return every value of every parameter, by parameter then date */
    public List<ParameterValue> all() {
        List<ParameterValue> all = new ArrayList<>();
        for (DoctrineParameter parameter : DoctrineParameter.values()) {
            all.addAll(history(parameter));
        }
        return List.copyOf(all);
    }

    /**
     * @param on the date
     * @return the value of every parameter in force on that date
     * @throws InvalidSituationException (field {@code on}) if a parameter has no value yet then
     */
    public ParameterSnapshot snapshotAt(LocalDate on) {
        DoctrineMessages m = DoctrineMessages.french();
        SituationValidator.require(on, "on", "field.on", m);
        Map<DoctrineParameter, ParameterValue> used = new EnumMap<>(DoctrineParameter.class);
        for (DoctrineParameter parameter : DoctrineParameter.values()) {
            ParameterValue value = valueAt(parameter, on).orElseThrow(() -> notInForce(parameter, on, m));
            used.put(parameter, value);
        }
        return new ParameterSnapshot(on, used);
    }

    private InvalidSituationException notInForce(DoctrineParameter parameter, LocalDate on, DoctrineMessages m) {
        List<ParameterValue> history = history(parameter);
        String label = m.text(parameter.messageKey());
        String message = history.isEmpty()
                ? m.text("invalid.on.no_parameter", label)
                : m.text("invalid.on.before_parameter", label, DoctrineFormats.date(on),
                        DoctrineFormats.date(history.get(0).validFrom()));
        return new InvalidSituationException("on", message);
    }
}

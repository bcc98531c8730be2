package fr.ctgportal.model.shared;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small set of enum values kept in one column as their names separated by commas, in declaration
 * order, so that a set reads the same in the database whatever order it was built in. (EclipseLink
 * applies an attribute converter to the elements of a collection, not to the set itself.)
 */
public final class EnumSetColumn {

    private EnumSetColumn() {
    }

    public static <E extends Enum<E>> String write(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(values).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> Set<E> read(String column, Class<E> type) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).forEach(name -> values.add(Enum.valueOf(type, name)));
        }
        return Collections.unmodifiableSet(values);
    }
}

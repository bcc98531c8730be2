package fr.ctgportal.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/** Display-only converters for the formats of {@link Formats}, usable as {@code converter="ctg.money"}. */
public final class FormatConverters {

    private FormatConverters() {
    }

    /** Common base: these converters only render, with their format. */
    abstract static class DisplayConverter<T> implements Converter<T> {

        private final Function<T, String> format;

        DisplayConverter(Function<T, String> format) {
            this.format = format;
        }

        @Override
        public T getAsObject(FacesContext context, UIComponent component, String value) {
            throw new UnsupportedOperationException("display only");
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, T value) {
            return format.apply(value);
        }
    }

    @FacesConverter("ctg.money")
    public static class Money extends DisplayConverter<BigDecimal> {
        public Money() { super(Formats::money); }
    }

    /** For computation steps: an amount not rounded to the cent keeps its decimals. */
    @FacesConverter("ctg.exactMoney")
    public static class ExactMoney extends DisplayConverter<BigDecimal> {
        public ExactMoney() { super(Formats::exactMoney); }
    }

    @FacesConverter("ctg.percent")
    public static class Percent extends DisplayConverter<BigDecimal> {
        public Percent() { super(Formats::percent); }
    }

    @FacesConverter("ctg.fte")
    public static class Fte extends DisplayConverter<BigDecimal> {
        public Fte() { super(value -> Formats.number(value, 2)); }
    }

    @FacesConverter("ctg.integer")
    public static class Integer extends DisplayConverter<Number> {
        public Integer() { super(value -> value == null ? "" : Formats.number(new BigDecimal(value.toString()), 0)); }
    }

    @FacesConverter("ctg.date")
    public static class Date extends DisplayConverter<LocalDate> {
        public Date() { super(Formats::date); }
    }

    /** A moment, as the date and time in the Gard: {@code 24/11/2026 16:20}. */
    @FacesConverter("ctg.dateTime")
    public static class DateTime extends DisplayConverter<Instant> {
        public DateTime() { super(Formats::dateTime); }
    }

    /** A file size in kilobytes or megabytes, French style. */
    @FacesConverter("ctg.fileSize")
    public static class FileSize extends DisplayConverter<Number> {
        public FileSize() {
            super(FileSize::format);
        }

        private static String format(Number value) {
            if (value == null) {
                return "";
            }
            long bytes = value.longValue();
            return bytes < 1024 * 1024
                    ? Formats.number(BigDecimal.valueOf(Math.max(1, bytes / 1024)), 0) + "\u00a0Ko"
                    : Formats.number(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1,
                            RoundingMode.HALF_UP), 1) + "\u00a0Mo";
        }
    }
}

package fr.ctgportal.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Display-only converters for the formats of {@link Formats}, usable as {@code converter="ctg.money"}. */
public final class FormatConverters {

    private FormatConverters() {
    }

    /** Common base: these converters only render. */
    abstract static class DisplayConverter<T> implements Converter<T> {
        @Override
        public T getAsObject(FacesContext context, UIComponent component, String value) {
            throw new UnsupportedOperationException("display only");
        }
    }

    @FacesConverter("ctg.money")
    public static class Money extends DisplayConverter<BigDecimal> {
        @Override
        public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
            return Formats.money(value);
        }
    }

    /** For computation steps: an amount not rounded to the cent keeps its decimals. */
    @FacesConverter("ctg.exactMoney")
    public static class ExactMoney extends DisplayConverter<BigDecimal> {
        @Override
        public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
            return Formats.exactMoney(value);
        }
    }

    @FacesConverter("ctg.percent")
    public static class Percent extends DisplayConverter<BigDecimal> {
        @Override
        public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
            return Formats.percent(value);
        }
    }

    @FacesConverter("ctg.fte")
    public static class Fte extends DisplayConverter<BigDecimal> {
        @Override
        public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
            return Formats.number(value, 2);
        }
    }

    @FacesConverter("ctg.integer")
    public static class Integer extends DisplayConverter<Number> {
        @Override
        public String getAsString(FacesContext context, UIComponent component, Number value) {
            return value == null ? "" : Formats.number(new BigDecimal(value.toString()), 0);
        }
    }

    @FacesConverter("ctg.date")
    public static class Date extends DisplayConverter<LocalDate> {
        @Override
        public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
            return Formats.date(value);
        }
    }

    /** A moment, as the date and time in the Gard: {@code 24/11/2026 16:20}. */
    @FacesConverter("ctg.dateTime")
    public static class DateTime extends DisplayConverter<java.time.Instant> {
        @Override
        public String getAsString(FacesContext context, UIComponent component, java.time.Instant value) {
            return Formats.dateTime(value);
        }
    }

    /** A file size in kilobytes or megabytes, French style. */
    @FacesConverter("ctg.fileSize")
    public static class FileSize extends DisplayConverter<Number> {
        @Override
        public String getAsString(FacesContext context, UIComponent component, Number value) {
            if (value == null) {
                return "";
            }
            long bytes = value.longValue();
            return bytes < 1024 * 1024
                    ? Formats.number(BigDecimal.valueOf(Math.max(1, bytes / 1024)), 0) + "\u00a0Ko"
                    : Formats.number(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1,
                            java.math.RoundingMode.HALF_UP), 1) + "\u00a0Mo";
        }
    }
}

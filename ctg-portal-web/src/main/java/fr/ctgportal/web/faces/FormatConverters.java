package fr.ctgportal.web.faces;

import fr.ctgportal.model.doctrine.DoctrineFormats;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.function.Function;

/**
 * The converters of the formats of {@link Formats}, usable as {@code converter="ctg.money"}. Those of
 * numbers also read what a person types, one kind each ({@link NumberKind}): the field tags
 * ({@code ctg:money}, {@code ctg:percent}, {@code ctg:fte}, {@code ctg:count}, {@code ctg:number})
 * use them, and a refusal is a French message at the field, the text typed kept as it was.
 */
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

    /** Common base of the numbers: rendered with their format, read as their {@link NumberKind}. */
    abstract static class NumberConverter<T> extends DisplayConverter<T> {

        private final NumberKind kind;
        private final Function<BigDecimal, T> type;

        NumberConverter(NumberKind kind, Function<T, String> format, Function<BigDecimal, T> type) {
            super(format);
            this.kind = kind;
            this.type = type;
        }

        @Override
        public T getAsObject(FacesContext context, UIComponent component, String value) {
            try {
                BigDecimal number = kind.parse(value);
                return number == null ? null : type.apply(number);
            } catch (NumberKind.Refused e) {
                Locale locale = context == null || context.getViewRoot() == null
                        ? Locale.FRENCH
                        : context.getViewRoot().getLocale();
                String text = Messages.text(locale, kind.messageKey(e.problem()));
                throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
            }
        }
    }

    @FacesConverter("ctg.money")
    public static class Money extends NumberConverter<BigDecimal> {
        public Money() {
            super(NumberKind.MONEY, Formats::money, Function.identity());
        }
    }

    /** For computation steps: an amount not rounded to the cent keeps its decimals. */
    @FacesConverter("ctg.exactMoney")
    public static class ExactMoney extends DisplayConverter<BigDecimal> {
        public ExactMoney() {
            super(Formats::exactMoney);
        }
    }

    /** A fraction shown and typed as a percentage: 0.625 is "62,5 %", and "62,5" or "62.5 %" is 0.625. */
    @FacesConverter("ctg.percent")
    public static class Percent extends NumberConverter<BigDecimal> {
        public Percent() {
            super(NumberKind.PERCENT, Formats::percent, Function.identity());
        }
    }

    @FacesConverter("ctg.fte")
    public static class Fte extends NumberConverter<BigDecimal> {
        public Fte() {
            super(NumberKind.FTE, value -> Formats.number(value, 2), Function.identity());
        }
    }

    /** A whole number, "1 200"; typed, read as an {@link java.lang.Integer} of 0 or more. */
    @FacesConverter("ctg.integer")
    public static class Integer extends NumberConverter<Number> {
        public Integer() {
            super(NumberKind.WHOLE, value -> value == null ? "" : Formats.number(new BigDecimal(value.toString()), 0),
                    BigDecimal::intValueExact);
        }
    }

    /** A doctrine parameter's value as typed in its unit (see {@link NumberKind#DECIMAL}), "48 000" or "0,5". */
    @FacesConverter("ctg.decimal")
    public static class Decimal extends NumberConverter<BigDecimal> {
        public Decimal() {
            super(NumberKind.DECIMAL, DoctrineFormats::decimal, Function.identity());
        }
    }

    /**
     * A day, shown {@code 31/12/2026} and read strictly: {@code 31/12/2026} or {@code 1/3/2027}; an impossible day
     * ({@code 31/02/2027}) is refused, never moved to another one (a lenient reading would give 28/02).
     */
    @FacesConverter("ctg.date")
    public static class Date extends DisplayConverter<LocalDate> {

        private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
                .withResolverStyle(ResolverStyle.STRICT);

        public Date() {
            super(Formats::date);
        }

        @Override
        public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
            return read(value);
        }

        /**
         * @return the day typed, or null when blank
         * @throws ConverterException when it is not a day of the calendar (the field's message says so)
         */
        static LocalDate read(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip(), TYPED);
            } catch (DateTimeParseException e) {
                throw new ConverterException(e);
            }
        }
    }

    /** A moment, as the date and time in the Gard: {@code 24/11/2026 16:20}. */
    @FacesConverter("ctg.dateTime")
    public static class DateTime extends DisplayConverter<Instant> {
        public DateTime() {
            super(Formats::dateTime);
        }
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

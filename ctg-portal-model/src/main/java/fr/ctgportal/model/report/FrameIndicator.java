package fr.ctgportal.model.report;

import java.io.Serializable;

/**
 * One indicator of the frame, with its exact French wording.
 *
 * @param leadOnly asked only of the officer who leads the Ctg project (the steering committee's meetings)
 */
public record FrameIndicator(String code, String functionCode, IndicatorKind kind, AnswerType answerType,
        boolean leadOnly, String wording) implements Serializable {

    /** @return whether this answer is complete for this indicator */
    public boolean answeredBy(ReportAnswer answer) {
        if (answer == null) {
            return false;
        }
        boolean count = answer.getCountValue() != null && answer.getCountValue() >= 0;
        boolean text = answer.getTextValue() != null && !answer.getTextValue().isBlank();
        return switch (answerType) {
            case COUNT -> count;
            case COUNT_AND_TEXT -> count && (text || answer.getCountValue() == 0);
            case TEXT -> text;
        };
    }
}

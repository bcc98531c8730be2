package fr.ctgportal.ejb.report;

import fr.ctgportal.model.report.ReportAnswer;
import java.io.Serializable;

/** What the officer typed for one indicator. */
public record AnswerInput(String indicatorCode, Integer count, String text) implements Serializable {

    /** @return the answer as typed, for the report to check and keep */
    ReportAnswer typed() {
        return new ReportAnswer(indicatorCode, count, text);
    }
}

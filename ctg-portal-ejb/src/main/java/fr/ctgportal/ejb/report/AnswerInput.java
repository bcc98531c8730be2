package fr.ctgportal.ejb.report;

import java.io.Serializable;

/** What the officer typed for one indicator. */
public record AnswerInput(String indicatorCode, Integer count, String text) implements Serializable {
}

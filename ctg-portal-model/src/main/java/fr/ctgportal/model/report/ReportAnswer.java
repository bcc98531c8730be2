package fr.ctgportal.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** The answer to one indicator: a count, a text, or both, as the indicator asks. */
@Embeddable
public class ReportAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "indicator_code", nullable = false, length = 20)
    private String indicatorCode;

    @Column(name = "count_value")
    private Integer countValue;

    @Column(name = "text_value")
    private String textValue;

    protected ReportAnswer() {
        // for JPA
    }

    public ReportAnswer(String indicatorCode, Integer countValue, String textValue) {
        this.indicatorCode = indicatorCode;
        this.countValue = countValue;
        this.textValue = textValue;
    }

    public String getIndicatorCode() { return indicatorCode; }
    public Integer getCountValue() { return countValue; }
    public String getTextValue() { return textValue; }
}

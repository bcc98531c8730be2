package fr.ctgportal.ejb.report;

import fr.ctgportal.model.report.Evaluation;
import fr.ctgportal.model.report.EvaluationKind;
import fr.ctgportal.model.report.RenewalConclusion;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** An evaluation as the post's page shows it. */
public record EvaluationView(long id, EvaluationKind kind, LocalDate evaluatedOn, Integer reportYear, String text,
        RenewalConclusion conclusion, String writtenBy, Instant writtenAt) implements Serializable {

    static EvaluationView of(Evaluation e) {
        return new EvaluationView(e.getId(), e.getKind(), e.getEvaluatedOn(), e.getReportYear(), e.getText(),
                e.getConclusion(), e.getWritten().by(), e.getWritten().at());
    }
}

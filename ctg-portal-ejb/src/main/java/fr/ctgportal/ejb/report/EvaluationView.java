package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.document.DocumentRef;
import fr.ctgportal.model.report.Evaluation;
import fr.ctgportal.model.report.EvaluationKind;
import fr.ctgportal.model.report.RenewalConclusion;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An evaluation as the post's page shows it.
 *
 * @param meetingTitle the network meeting it comes from (with {@code meetingOn}), or null
 * @param minutes      the minutes of that meeting (PDF), or null
 */
public record EvaluationView(long id, EvaluationKind kind, LocalDate evaluatedOn, Integer reportYear, String text,
        RenewalConclusion conclusion, String writtenBy, Instant writtenAt, String meetingTitle, LocalDate meetingOn,
        DocumentRef minutes) implements Serializable {

    static EvaluationView of(Evaluation e) {
        return new EvaluationView(e.getId(), e.getKind(), e.getEvaluatedOn(), e.getReportYear(), e.getText(),
                e.getConclusion(), e.getWritten().by(), e.getWritten().at(),
                e.getMeeting() == null ? null : e.getMeeting().getTitle(),
                e.getMeeting() == null ? null : e.getMeeting().getHeldOn(),
                e.getMinutes() == null ? null : DocumentRef.of(e.getMinutes()));
    }
}

package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.document.DocumentRef;
import fr.ctgportal.model.report.AdditionsRequest;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.Evaluation;
import fr.ctgportal.model.report.FrameFunction;
import fr.ctgportal.model.report.IndicatorFrame;
import fr.ctgportal.model.report.ReportStatus;
import fr.ctgportal.model.shared.Stamp;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A report as its screen shows it: the frame's functions and indicators asked of this officer,
 * the answers, what is still missing, the remarks and the Caf's review.
 *
 * @param officer   the login of the officer who wrote it (null if the employer's HR opened it for a post
 *                  without officer)
 * @param submittedBy who sent it last (its officer, or the employer's HR), or null
 * @param missing   indicator and function codes still to fill before submitting
 * @param cafComment the last request for additions ({@code history} has them all)
 * @param writer    whether the reader writes it: its officer, or the employer's HR while the post has no
 *                  officer account
 * @param history   the Caf's review, oldest first: every request for additions, then the annual evaluation
 * @param postReference the post's reference ({@code CTG-0042})
 */
public record ReportView(long id, long version, long postId, String postTitle, String employerName,
        String territoryName,
        String officer, int year, String edition, boolean ctgLead, ReportStatus status,
        LocalDate dueDate, boolean late, Instant submittedAt, List<FrameFunction> functions,
        Map<String, AnswerInput> answers, Map<String, String> functionTexts,
        List<DocumentRef> attachments, List<String> missing, String employerRemarks,
        String employerBy, Instant employerAt, String cafComment, String cafBy, Instant cafAt,
        String acceptedBy, Instant acceptedAt, ReportReader reader, String submittedBy, boolean writer,
        List<ReviewStep> history, String postReference) implements Serializable {

    static ReportView of(AnnualReport r, IndicatorFrame frame, ReportReader reader, boolean writer, LocalDate today,
            Evaluation annual) {
        Map<String, AnswerInput> answers = r.answersByCode().values().stream().collect(Collectors.toMap(
                a -> a.getIndicatorCode(),
                a -> new AnswerInput(a.getIndicatorCode(), a.getCountValue(), a.getTextValue())));
        List<FrameFunction> asked = frame.functions().stream()
                .map(f -> new FrameFunction(f.code(), f.objectiveNumber(), f.objectiveLabel(), f.label(), f.actions(),
                        f.indicatorsFor(r.isCtgLead())))
                .toList();
        return new ReportView(r.getId(), r.getVersion(), r.getPost().getId(), r.getPost().getTitle(),
                r.getPost().getEmployer().getName(), r.getPost().getTerritory().getName(), r.getOfficerUsername(),
                r.getYear(), r.getEdition(), r.isCtgLead(), r.getStatus(), r.getDueDate(), r.lateOn(today),
                r.getSubmittedAt(), asked, answers, r.getFunctionTexts(),
                r.getAttachments().stream().map(DocumentRef::of).toList(), r.missing(frame), r.getEmployerRemarks(),
                by(r.getRemarked()), at(r.getRemarked()), r.getCafComment(), by(r.getAdditionsAsked()),
                at(r.getAdditionsAsked()), by(r.getAccepted()), at(r.getAccepted()), reader, r.getSubmittedBy(), writer,
                history(r, annual), r.getPost().getReference());
    }

    private static List<ReviewStep> history(AnnualReport r, Evaluation annual) {
        List<ReviewStep> steps = new ArrayList<>();
        for (AdditionsRequest a : r.getAdditionsRequests()) {
            steps.add(new ReviewStep(ReviewStep.Kind.ADDITIONS, a.getComment(), a.getAsked().by(), a.getAsked().at()));
        }
        if (annual != null) {
            steps.add(new ReviewStep(ReviewStep.Kind.EVALUATION, annual.getText(), annual.getWritten().by(),
                    annual.getWritten().at()));
        }
        return List.copyOf(steps);
    }

    /** @return the annual evaluation's text once accepted, else null */
    public String evaluation() {
        return history.stream().filter(s -> s.kind() == ReviewStep.Kind.EVALUATION).map(ReviewStep::text).findFirst()
                .orElse(null);
    }

    private static String by(Stamp stamp) {
        return stamp == null ? null : stamp.by();
    }

    private static Instant at(Stamp stamp) {
        return stamp == null ? null : stamp.at();
    }

    /** @return whether the reader may change it now: they write it and it is a draft or sent back */
    public boolean editable() {
        return writer && status.editable();
    }
}

package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.document.DocumentRef;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.FrameFunction;
import fr.ctgportal.model.report.IndicatorFrame;
import fr.ctgportal.model.report.ReportStatus;
import fr.ctgportal.model.shared.Stamp;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A report as its screen shows it: the frame's functions and indicators asked of this officer,
 * the answers, what is still missing, the remarks and the Caf's review.
 *
 * @param missing indicator and function codes still to fill before submitting
 */
public record ReportView(long id, long version, long postId, String postTitle, String employerName,
        String territoryName,
        String officer, int year, String edition, boolean ctgLead, ReportStatus status,
        LocalDate dueDate, boolean late, Instant submittedAt, List<FrameFunction> functions,
        Map<String, AnswerInput> answers, Map<String, String> functionTexts,
        List<DocumentRef> attachments, List<String> missing, String employerRemarks,
        String employerBy, Instant employerAt, String cafComment, String cafBy, Instant cafAt,
        String acceptedBy, Instant acceptedAt, ReportReader reader) implements Serializable {

    static ReportView of(AnnualReport r, IndicatorFrame frame, ReportReader reader, LocalDate today) {
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
                at(r.getAdditionsAsked()), by(r.getAccepted()), at(r.getAccepted()), reader);
    }

    private static String by(Stamp stamp) {
        return stamp == null ? null : stamp.by();
    }

    private static Instant at(Stamp stamp) {
        return stamp == null ? null : stamp.at();
    }

    public boolean editable() {
        return reader == ReportReader.OFFICER && status.editable();
    }
}

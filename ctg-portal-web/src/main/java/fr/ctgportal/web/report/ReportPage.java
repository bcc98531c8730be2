package fr.ctgportal.web.report;

import fr.ctgportal.ejb.document.Upload;
import fr.ctgportal.ejb.report.AnnualReportService;
import fr.ctgportal.ejb.report.AnswerInput;
import fr.ctgportal.ejb.report.ReportReviewService;
import fr.ctgportal.ejb.report.ReportView;
import fr.ctgportal.model.report.FrameFunction;
import fr.ctgportal.model.report.FrameIndicator;
import fr.ctgportal.ejb.document.DocumentService;
import fr.ctgportal.web.faces.Actions;
import fr.ctgportal.web.faces.Messages;
import fr.ctgportal.web.faces.Uploads;
import fr.ctgportal.web.faces.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;

/**
 * An annual report's page, in both areas: the officer fills and sends it, the employer adds its
 * remarks, the Caf reviews it. The EJBs decide who may do what; what was typed is kept when refused.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AnnualReportService reports;

    @Inject
    private ReportReviewService review;

    @Inject
    private DocumentService documents;

    private ReportView report;
    private final Map<String, AnswerRow> answers = new HashMap<>();
    private final Map<String, String> functionTexts = new HashMap<>();
    private String remarks;
    private String comment;
    private transient UploadedFile upload;

    /** What the officer types for one indicator. */
    public static final class AnswerRow implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private Integer count;
        private String text;

        public Integer getCount() { return count; }
        public void setCount(Integer count) { this.count = count; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    public void load() {
        report = Pages.load(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"),
                reports::findReport);
        if (report == null) {
            return;
        }
        for (FrameFunction f : report.functions()) {
            for (FrameIndicator i : f.indicators()) {
                AnswerRow row = new AnswerRow();
                AnswerInput a = report.answers().get(i.code());
                if (a != null) {
                    row.count = a.count();
                    row.text = a.text();
                }
                answers.put(i.code(), row);
            }
            functionTexts.put(f.code(), report.functionTexts().get(f.code()));
        }
        remarks = report.employerRemarks();
    }

    public String save() {
        return act("report.saved.draft",
                () -> reports.saveDraft(report.id(), report.version(), inputs(), functionTexts));
    }

    /** Saves what is typed and sends the report, in one step: nothing is saved if it is not complete. */
    public String submit() {
        return act("report.saved.submitted",
                () -> reports.submit(report.id(), report.version(), inputs(), functionTexts));
    }

    /**
     * Adds a PDF with what is typed in the report: the draft is saved first, so that the page
     * reloaded after the attachment shows the values typed since the last save. If the file is
     * refused, the draft stays saved and the form keeps everything as typed.
     */
    public String attach() {
        Upload[] file = new Upload[1];
        if (!Actions.attempt(() -> file[0] = Uploads.required(upload, documents, "report:pdf"), "report:pdf")) {
            return null;
        }
        if (!Actions.attempt(() -> reports.saveDraft(report.id(), report.version(), inputs(), functionTexts), null)) {
            return null;
        }
        // the draft's new version, for the attachment; the form keeps what the user typed
        report = reports.findReport(report.id());
        String outcome = Actions.run("report.saved.attachedWithDraft",
                () -> reports.attach(report.id(), report.version(), file[0]), "id=" + report.id(), "report:pdf");
        if (outcome == null) {
            Messages.info("report.saved.draft");
        }
        return outcome;
    }

    public String saveRemarks() {
        return act("report.saved.remarks", () -> reports.remark(report.id(), report.version(), remarks));
    }

    public String accept() {
        return act("report.saved.accepted", () -> review.accept(report.id(), report.version(), comment));
    }

    public String askAdditions() {
        return act("report.saved.additions", () -> review.askAdditions(report.id(), report.version(), comment));
    }

    /** @return the wording of what is missing, indicators and functions, for the officer */
    public List<String> getMissingLabels() {
        Map<String, String> labels = new HashMap<>();
        for (FrameFunction f : report.functions()) {
            labels.put(f.code(), f.code() + " " + f.label());
            f.indicators().forEach(i -> labels.put(i.code(), i.code() + " " + i.wording()));
        }
        return report.missing().stream().map(m -> labels.getOrDefault(m, m)).collect(Collectors.toList());
    }

    private List<AnswerInput> inputs() {
        List<AnswerInput> list = new ArrayList<>();
        answers.forEach((code, row) -> list.add(new AnswerInput(code, row.count, row.text)));
        return list;
    }

    private String act(String successKey, Runnable action) {
        return Actions.run(successKey, action, "id=" + report.id());
    }

    public ReportView getReport() { return report; }
    public Map<String, AnswerRow> getAnswers() { return answers; }
    public Map<String, String> getFunctionTexts() { return functionTexts; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String remarks) { this.remarks = remarks; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
}

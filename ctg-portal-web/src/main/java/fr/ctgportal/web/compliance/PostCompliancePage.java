package fr.ctgportal.web.compliance;

import fr.ctgportal.ejb.document.DocumentService;
import fr.ctgportal.ejb.recruitment.MessageView;
import fr.ctgportal.web.faces.Uploads;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;

import fr.ctgportal.ejb.compliance.ComplianceProcedureService;
import fr.ctgportal.ejb.compliance.CompliancePlanService;
import fr.ctgportal.ejb.compliance.PostMilestones;
import fr.ctgportal.ejb.compliance.ProcedureView;
import fr.ctgportal.ejb.network.AttendanceLine;
import fr.ctgportal.ejb.network.NetworkMeetingService;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.model.compliance.ProcedureGround;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.doctrine.ParameterValue;
import fr.ctgportal.web.faces.Actions;
import fr.ctgportal.web.faces.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The compliance plan on a post's page: its milestones, the officer's attendance at the network
 * meetings and the compliance procedures, with the forms each side may use (the EJBs decide).
 */
@Named
@ViewScoped
public class PostCompliancePage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CompliancePlanService plan;

    @Inject
    private ComplianceProcedureService procedureService;

    @Inject
    private NetworkMeetingService network;

    @Inject
    private Clock clock;

    @Inject
    private PortalDoctrine doctrine;

    @Inject
    private DocumentService documents;

    private long postId;
    private PostMilestones milestones;
    private List<ProcedureView> procedures;
    private List<AttendanceLine> attendance;
    private LocalDate evaluationsOn;
    private ProcedureGround ground;
    private String reasons;
    private LocalDate deadline;
    private String commitment;
    private String closingReasons;
    /** Each procedure's thread, by procedure id. */
    private Map<Long, List<MessageView>> threads = Map.of();
    private String messageBody;
    private transient UploadedFile messagePdf;

    public void load() {
        if (!Pages.loadPostSection(id -> {
            postId = id;
            milestones = plan.postMilestones(id);
            procedures = procedureService.postProcedures(id);
            threads = procedures.stream()
                    .collect(Collectors.toMap(ProcedureView::id, p -> procedureService.messages(p.id())));
            attendance = network.attendance(id);
        })) {
            milestones = null; // not a party to this post: the section stays hidden
        }
    }

    /**
     * @param parameter a {@link DoctrineParameter}'s name
     * @return its value of the day, formatted ("25 %"), for the milestones that quote it
     */
    public String parameterValue(String parameter) {
        return doctrine.parameters().valueAt(DoctrineParameter.valueOf(parameter), LocalDate.now(clock))
                .map(ParameterValue::formatted).orElse("");
    }

    public String recordEvaluations() {
        return Actions.run("plan.saved.evaluations",
                () -> plan.recordEvaluationsSetUp(postId, milestones.postVersion(), evaluationsOn), "id=" + postId);
    }

    public String openProcedure() {
        return Actions.run("procedure.saved.opened",
                () -> procedureService.open(postId, ground, reasons, deadline), "id=" + postId);
    }

    /** @return the procedure under way on the post (one at most), or null */
    public ProcedureView getCurrent() {
        return procedures == null ? null : procedures.stream().filter(p -> !p.closed()).findFirst().orElse(null);
    }

    public String answer() {
        ProcedureView p = getCurrent();
        return Actions.run("procedure.saved.answered",
                () -> procedureService.answer(p.id(), p.version(), commitment), "id=" + postId);
    }

    public String closeCompliant() {
        return close(true);
    }

    public String endFunding() {
        return close(false);
    }

    private String close(boolean compliant) {
        ProcedureView p = getCurrent();
        return Actions.run(compliant ? "procedure.saved.compliant" : "procedure.saved.fundingEnded",
                () -> procedureService.close(p.id(), p.version(), compliant, closingReasons), "id=" + postId);
    }

    /** A message (with an optional PDF: the authority's proof of its commitment) on the procedure under way. */
    public String postMessage() {
        ProcedureView p = getCurrent();
        return Actions.run("procedure.saved.message", () -> procedureService.postMessage(p.id(), messageBody,
                Uploads.optional(messagePdf, documents, "procedureMessage:attachment")), "id=" + postId,
                "procedureMessage:attachment");
    }

    /** @return the thread of a procedure, oldest first */
    public List<MessageView> thread(long procedureId) {
        return threads.getOrDefault(procedureId, List.of());
    }

    public String getMessageBody() { return messageBody; }
    public void setMessageBody(String messageBody) { this.messageBody = messageBody; }
    public UploadedFile getMessagePdf() { return messagePdf; }
    public void setMessagePdf(UploadedFile messagePdf) { this.messagePdf = messagePdf; }
    public ProcedureGround[] getGrounds() { return ProcedureGround.values(); }
    public PostMilestones getMilestones() { return milestones; }
    public List<ProcedureView> getProcedures() { return procedures; }
    public List<AttendanceLine> getAttendance() { return attendance; }
    public LocalDate getEvaluationsOn() { return evaluationsOn; }
    public void setEvaluationsOn(LocalDate evaluationsOn) { this.evaluationsOn = evaluationsOn; }
    public ProcedureGround getGround() { return ground; }
    public void setGround(ProcedureGround ground) { this.ground = ground; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public String getCommitment() { return commitment; }
    public void setCommitment(String commitment) { this.commitment = commitment; }
    public String getClosingReasons() { return closingReasons; }
    public void setClosingReasons(String closingReasons) { this.closingReasons = closingReasons; }
}

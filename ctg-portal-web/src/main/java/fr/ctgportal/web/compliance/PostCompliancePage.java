package fr.ctgportal.web.compliance;

import fr.ctgportal.ejb.compliance.ComplianceProcedureService;
import fr.ctgportal.ejb.compliance.CompliancePlanService;
import fr.ctgportal.ejb.compliance.PostMilestones;
import fr.ctgportal.ejb.compliance.ProcedureView;
import fr.ctgportal.ejb.network.AttendanceLine;
import fr.ctgportal.ejb.network.NetworkMeetingService;
import fr.ctgportal.ejb.platform.PortalException;
import fr.ctgportal.model.compliance.ProcedureGround;
import fr.ctgportal.web.faces.Actions;
import fr.ctgportal.web.faces.Pages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private long postId;
    private PostMilestones milestones;
    private List<ProcedureView> procedures;
    private List<AttendanceLine> attendance;
    private LocalDate evaluationsOn;
    private ProcedureGround ground;
    private String reasons;
    private LocalDate deadline;
    private final Map<Long, String> answers = new HashMap<>();
    private final Map<Long, String> closingReasons = new HashMap<>();

    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        boolean party = external.isUserInRole("authority-hr") || external.isUserInRole("caf-advisor")
                || external.isUserInRole("caf-manager");
        Long id = Pages.idOf(external.getRequestParameterMap().get("id"));
        if (!party || id == null) {
            return;
        }
        postId = id;
        try {
            milestones = plan.postMilestones(postId);
            procedures = procedureService.postProcedures(postId);
            attendance = network.attendance(postId);
        } catch (PortalException e) {
            milestones = null; // not a party to this post: the section stays hidden
        }
    }

    public String recordEvaluations() {
        return Actions.run("plan.saved.evaluations",
                () -> plan.recordEvaluationsSetUp(postId, milestones.postVersion(), evaluationsOn), "id=" + postId);
    }

    public String openProcedure() {
        return Actions.run("procedure.saved.opened",
                () -> procedureService.open(postId, ground, reasons, deadline), "id=" + postId);
    }

    public String answer(ProcedureView p) {
        return Actions.run("procedure.saved.answered",
                () -> procedureService.answer(p.id(), p.version(), answers.get(p.id())), "id=" + postId);
    }

    public String closeCompliant(ProcedureView p) {
        return close(p, true);
    }

    public String endFunding(ProcedureView p) {
        return close(p, false);
    }

    private String close(ProcedureView p, boolean compliant) {
        return Actions.run(compliant ? "procedure.saved.compliant" : "procedure.saved.fundingEnded",
                () -> procedureService.close(p.id(), p.version(), compliant, closingReasons.get(p.id())), "id=" + postId);
    }

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
    public Map<Long, String> getAnswers() { return answers; }
    public Map<Long, String> getClosingReasons() { return closingReasons; }
}

package fr.ctgportal.web.post;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.platform.PortalException;
import fr.ctgportal.ejb.post.PostService;
import fr.ctgportal.ejb.post.PostView;
import fr.ctgportal.web.faces.Actions;
import fr.ctgportal.web.faces.Messages;
import fr.ctgportal.web.faces.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import fr.ctgportal.model.post.VacancyCause;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A post's page, in both areas. Authority HR may correct the holder and the cost; the form keeps
 * what the user typed when the save is refused (e.g. someone else saved first).
 */
@Named
@ViewScoped
public class PostPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PostService posts;

    @Inject
    private PortalDoctrine doctrine;

    @Inject
    private Clock clock;

    private String id;
    private PostView post;
    private String holderName;
    private BigDecimal annualCost;
    private LocalDate vacantSince;
    private VacancyCause vacancyCause;
    private String vacancyReason;
    private String officerAccount;
    private boolean ctgLead;
    private LocalDate departureOn;
    private String departureReason;
    private LocalDate returnedOn;
    private String returnHolder;
    private String withdrawHolder;
    private String withdrawReason;

    public void load() {
        PostView found = Pages.load(id, posts::findPost);
        if (found != null) {
            show(found);
        }
    }

    public void save() {
        try {
            show(posts.updatePostDetails(post.id(), post.version(), holderName, annualCost));
            Messages.info("post.saved");
        } catch (PortalException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    private void show(PostView view) {
        post = view;
        holderName = view.holderName();
        annualCost = view.annualCost();
        officerAccount = view.officerUsername();
        ctgLead = view.ctgLead();
    }

    /** The employer's HR names the officer's account; the page reloads with it. */
    public String assignOfficer() {
        return Actions.run("post.officer.saved",
                () -> posts.assignOfficer(post.id(), post.version(), officerAccount, ctgLead),
                "id=" + post.id());
    }

    /** The employer's HR declares the post vacant; the page reloads with the new state. */
    public String declareVacancy() {
        return Actions.run("post.vacancyDeclared", () -> posts.declareVacancy(post.id(), post.version(), vacantSince,
                vacancyCause, vacancyReason), "id=" + post.id());
    }

    /** The employer's HR announces a departure known in advance; the page reloads with it. */
    public String announceDeparture() {
        return Actions.run("post.departureAnnounced",
                () -> posts.announceDeparture(post.id(), post.version(), departureOn, departureReason),
                "id=" + post.id());
    }

    /** The employer's HR records the holder's return after a long absence. */
    public String endAbsence() {
        return Actions.run("post.absenceEnded",
                () -> posts.endAbsence(post.id(), post.version(), returnedOn, returnHolder, null), "id=" + post.id());
    }

    /** The employer's HR withdraws a vacancy declared by mistake, with a reason. */
    public String withdrawVacancy() {
        return Actions.run("post.vacancyWithdrawn",
                () -> posts.withdrawVacancy(post.id(), post.version(), withdrawHolder, withdrawReason),
                "id=" + post.id());
    }

    public LocalDate getDepartureOn() { return departureOn; }
    public void setDepartureOn(LocalDate departureOn) { this.departureOn = departureOn; }
    public String getDepartureReason() { return departureReason; }
    public void setDepartureReason(String departureReason) { this.departureReason = departureReason; }
    public LocalDate getReturnedOn() { return returnedOn; }
    public void setReturnedOn(LocalDate returnedOn) { this.returnedOn = returnedOn; }
    public String getReturnHolder() { return returnHolder; }
    public void setReturnHolder(String returnHolder) { this.returnHolder = returnHolder; }
    public String getWithdrawHolder() { return withdrawHolder; }
    public void setWithdrawHolder(String withdrawHolder) { this.withdrawHolder = withdrawHolder; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }

    public String getOfficerAccount() { return officerAccount; }
    public void setOfficerAccount(String officerAccount) { this.officerAccount = officerAccount; }
    public boolean isCtgLead() { return ctgLead; }
    public void setCtgLead(boolean ctgLead) { this.ctgLead = ctgLead; }
    public VacancyCause[] getVacancyCauses() { return VacancyCause.values(); }

    /** The doctrine's funded months of vacancy, as of today. */
    public int getVacancyGraceMonths() {
        return doctrine.vacancyGraceMonths(LocalDate.now(clock));
    }
    public LocalDate getVacantSince() { return vacantSince; }
    public void setVacantSince(LocalDate vacantSince) { this.vacantSince = vacantSince; }
    public VacancyCause getVacancyCause() { return vacancyCause; }
    public void setVacancyCause(VacancyCause vacancyCause) { this.vacancyCause = vacancyCause; }
    public String getVacancyReason() { return vacancyReason; }
    public void setVacancyReason(String vacancyReason) { this.vacancyReason = vacancyReason; }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public PostView getPost() { return post; }
    public String getHolderName() { return holderName; }
    public void setHolderName(String holderName) { this.holderName = holderName; }
    public BigDecimal getAnnualCost() { return annualCost; }
    public void setAnnualCost(BigDecimal annualCost) { this.annualCost = annualCost; }
}

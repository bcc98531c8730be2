package fr.ctgportal.web.report;

import fr.ctgportal.ejb.platform.PortalException;
import fr.ctgportal.ejb.report.AnnualReportService;
import fr.ctgportal.ejb.report.ReportReviewService;
import fr.ctgportal.ejb.report.ReportSummary;
import fr.ctgportal.web.faces.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The reports a user follows: the officer's own, the employer's officers', the Caf's territories' for a year. */
@Named
@ViewScoped
public class ReportListView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AnnualReportService reports;

    @Inject
    private ReportReviewService review;

    @Inject
    private fr.ctgportal.ejb.territory.TerritoryService territoryService;

    @Inject
    private Clock clock;

    /** The officers' names of the lines, read at once for the list (not one query per line). */
    @Inject
    private fr.ctgportal.web.account.Names names;

    /** The Caf's year (last year's reports by default). */
    private int year;
    /** The Caf's choice of one of its territories (null: all of them), for the list and the export. */
    private Long territoryId;
    private List<fr.ctgportal.ejb.territory.TerritoryTotals.Choice> territories;
    private List<ReportSummary> lines;
    private int linesYear;

    @PostConstruct
    void lastYear() {
        year = LocalDate.now(clock).getYear() - 1;
    }

    public List<ReportSummary> getLines() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (lines == null || (isCaf() && linesYear != year)) {
            linesYear = year;
            lines = isCaf()
                    ? review.cafReports(year)
                    : external.isUserInRole("cooperation-officer") ? reports.myReports() : reports.authorityReports();
        }
        names.preload(lines.stream().map(ReportSummary::officer).toList());
        String chosen = territoryId == null
                ? null
                : getTerritories().stream().filter(t -> t.id() == territoryId)
                        .map(fr.ctgportal.ejb.territory.TerritoryTotals.Choice::name).findFirst().orElse(null);
        return chosen == null ? lines : lines.stream().filter(l -> l.territoryName().equals(chosen)).toList();
    }

    /** The officer starts a report and goes to it. */
    public String open(ReportSummary line) {
        long id;
        try {
            id = reports.open(line.postId(), line.year());
        } catch (PortalException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("report.saved.opened");
        return "/collectivite/rapports/rapport.xhtml?faces-redirect=true&id=" + id;
    }

    public boolean isOfficer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("cooperation-officer");
    }

    private boolean isCaf() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("caf-advisor") || external.isUserInRole("caf-manager");
    }

    /** The years a report can be opened for (as {@link AnnualReportService#open} accepts them). */
    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return List.of(now - 1, now);
    }

    /** The Caf's territories, for the choice of one. */
    public List<fr.ctgportal.ejb.territory.TerritoryTotals.Choice> getTerritories() {
        if (territories == null) {
            territories = isCaf() ? territoryService.territoryChoices() : List.of();
        }
        return territories;
    }

    public Long getTerritoryId() { return territoryId; }
    public void setTerritoryId(Long territoryId) { this.territoryId = territoryId; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
}

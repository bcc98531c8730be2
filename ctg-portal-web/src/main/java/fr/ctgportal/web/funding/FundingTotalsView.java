package fr.ctgportal.web.funding;

import fr.ctgportal.ejb.funding.DecisionRow;
import fr.ctgportal.ejb.funding.FundingDecisionService;
import fr.ctgportal.ejb.funding.FundingTotals;
import fr.ctgportal.web.faces.PagedList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The Caf's decided funding of a year, per territory, against the department's pilotage budget, and
 * the year's decisions page by page.
 */
@Named
@ViewScoped
public class FundingTotalsView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private FundingDecisionService decisions;

    @Inject
    private Clock clock;

    private int year;
    private FundingTotals totals;
    private PagedList<DecisionRow> list;

    @PostConstruct
    void thisYear() {
        year = LocalDate.now(clock).getYear();
        list = new PagedList<>(decisions::pageDecisions, DecisionRow::id, PagedList.PAGE_SIZE);
        list.setFilter("year", String.valueOf(year));
    }

    /** @return the decisions of the year chosen, page by page */
    public PagedList<DecisionRow> getDecisions() {
        return list;
    }

    public FundingTotals getTotals() {
        if (totals == null || totals.year() != year) {
            totals = decisions.totals(year);
        }
        return totals;
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return List.of(now - 1, now, now + 1);
    }

    public int getYear() { return year; }
    public void setYear(int year) {
        this.year = year;
        list.setFilter("year", String.valueOf(year));
    }
}

package fr.ctgportal.web.compliance;

import fr.ctgportal.ejb.compliance.ComplianceProcedureService;
import fr.ctgportal.ejb.compliance.CompliancePlanService;
import fr.ctgportal.ejb.compliance.ProcedureView;
import fr.ctgportal.ejb.compliance.TerritoryPlan;
import fr.ctgportal.web.faces.Actions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The Caf's view of its territories in the compliance plan: phases on a timeline, milestones due and
 * late, officers' committees, open compliance procedures; managers set the plan dates.
 */
@Named
@ViewScoped
public class CompliancePlanView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CompliancePlanService plan;

    @Inject
    private ComplianceProcedureService procedures;

    @Inject
    private Clock clock;

    private List<TerritoryPlan> territories;
    private List<ProcedureView> openProcedures;
    private LocalDate from;
    private LocalDate to;
    private final Map<Long, DatesForm> forms = new HashMap<>();

    /** What a user types for one territory. */
    public static final class DatesForm implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private LocalDate renewal;
        private LocalDate phase3;
        private LocalDate committee;
        private String reason;
        private String committeeReason;

        public LocalDate getRenewal() { return renewal; }
        public void setRenewal(LocalDate renewal) { this.renewal = renewal; }
        public LocalDate getPhase3() { return phase3; }
        public void setPhase3(LocalDate phase3) { this.phase3 = phase3; }
        public LocalDate getCommittee() { return committee; }
        public void setCommittee(LocalDate committee) { this.committee = committee; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public String getCommitteeReason() { return committeeReason; }
        public void setCommitteeReason(String committeeReason) { this.committeeReason = committeeReason; }
    }

    @PostConstruct
    void load() {
        territories = plan.territoryPlans();
        openProcedures = procedures.openProcedures();
        LocalDate today = LocalDate.now(clock);
        // The timeline runs from the first Ctg start to the last end, by whole years, today included.
        from = dates().min(LocalDate::compareTo).orElse(today).withDayOfYear(1);
        to = dates().max(LocalDate::compareTo).orElse(today).withDayOfYear(1).plusYears(1);
        for (TerritoryPlan t : territories) {
            DatesForm form = new DatesForm();
            form.renewal = t.ctgRenewal();
            form.phase3 = t.phase3Deadline();
            form.committee = t.officersCommitteeSince();
            forms.put(t.territoryId(), form);
        }
    }

    private Stream<LocalDate> dates() {
        return Stream.concat(Stream.of(LocalDate.now(clock)), territories.stream()
                .flatMap(t -> Stream.of(t.ctgStart(), t.ctgRenewal(), t.phase3Deadline(), t.ctgEnd()))
                .filter(Objects::nonNull));
    }

    /** @return the position of a day on the timeline, in percent of its width (its start when unknown) */
    public String at(LocalDate day) {
        return percent(position(day == null ? from : day));
    }

    /** @return the width between two days on the timeline, in percent (to its end when {@code end} is null) */
    public String between(LocalDate start, LocalDate end) {
        return percent(position(end == null ? to : end) - position(start == null ? from : start));
    }

    private double position(LocalDate day) {
        double span = ChronoUnit.DAYS.between(from, to);
        return Math.max(0, Math.min(100, 100.0 * ChronoUnit.DAYS.between(from, day) / span));
    }

    private static String percent(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", Math.max(0, value));
    }

    public List<Integer> getYears() { return IntStream.range(from.getYear(), to.getYear()).boxed().toList(); }

    public LocalDate yearStart(int year) {
        return LocalDate.of(year, 1, 1);
    }

    public String getToday() { return at(LocalDate.now(clock)); }

    public String saveDates(TerritoryPlan t) {
        DatesForm f = forms.get(t.territoryId());
        return Actions.run("plan.saved.dates",
                () -> plan.setPlanDates(t.territoryId(), t.territoryVersion(), f.renewal, f.phase3, f.reason), "");
    }

    public String saveCommittee(TerritoryPlan t) {
        DatesForm f = forms.get(t.territoryId());
        return Actions.run("plan.saved.committee",
                () -> plan.recordOfficersCommittee(t.territoryId(), t.territoryVersion(), f.committee,
                        f.committeeReason),
                "");
    }

    public fr.ctgportal.model.compliance.Milestone[] getMilestones() {
        return fr.ctgportal.model.compliance.Milestone.values();
    }

    /** The phases, for the timeline's legend. */
    public fr.ctgportal.model.doctrine.CompliancePhase[] getPhases() {
        return fr.ctgportal.model.doctrine.CompliancePhase.values();
    }

    /** The states of a milestone (done, due, late), for the table's headers. */
    public fr.ctgportal.model.compliance.MilestoneState[] getStates() {
        return fr.ctgportal.model.compliance.MilestoneState.values();
    }

    public List<TerritoryPlan> getTerritories() { return territories; }
    public List<ProcedureView> getOpenProcedures() { return openProcedures; }
    public Map<Long, DatesForm> getForms() { return forms; }
}

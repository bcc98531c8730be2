package fr.ctgportal.web.regulation;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.regulation.OutlookView;
import fr.ctgportal.ejb.regulation.ReferenceInput;
import fr.ctgportal.ejb.regulation.ReformView;
import fr.ctgportal.ejb.regulation.RegulationService;
import fr.ctgportal.ejb.regulation.SteeringLine;
import fr.ctgportal.ejb.regulation.SteeringView;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.regulation.Competence;
import fr.ctgportal.model.regulation.CompetenceStatus;
import fr.ctgportal.model.regulation.OutlookCause;
import fr.ctgportal.model.regulation.RegulationIndicators;
import fr.ctgportal.model.regulation.RedeploymentOutlook;
import fr.ctgportal.web.faces.Actions;
import fr.ctgportal.web.faces.Formats;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Caf's steering page ({@code /caf/pilotage.xhtml}): the regulation indicators per territory
 * against the department, charts, the typology, the redeployment outlook, the reform preview, and the
 * forms of the dated reference figures. Every figure comes from {@link RegulationService}; the page only
 * chooses how to show it.
 */
@Named
@ViewScoped
public class SteeringPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A territory whose figure is this far from the department's (relative) is highlighted. */
    private static final BigDecimal HIGHLIGHT = new BigDecimal("0.20");

    /** Indicator 4 is highlighted from one percentage point away from balance. */
    private static final BigDecimal HIGHLIGHT_POINTS = new BigDecimal("0.01");

    @Inject
    private RegulationService regulation;

    @Inject
    private Clock clock;

    @Inject
    private PortalDoctrine doctrine;

    private SteeringView view;
    private OutlookView outlook;
    private ReformView reform;

    private Long territoryId;
    private LocalDate referenceFrom;
    private Integer structures;
    private final Map<Competence, CompetenceStatus> competences = new EnumMap<>(Competence.class);
    private String specifics;
    private String reason;

    private LocalDate populationFrom;
    private Integer population;
    private String populationSource;

    private LocalDate reformFrom;
    /** The drafted values of every doctrine parameter, by name (blank: unchanged). */
    private final Map<String, BigDecimal> drafts = new LinkedHashMap<>();

    /** The year of the typology shown per territory (this year at first). */
    private Integer typologyYear;

    @PostConstruct
    void load() {
        view = regulation.steering();
        outlook = regulation.outlook();
        typologyYear = outlook.years().isEmpty() ? null : outlook.years().get(outlook.years().size() - 1);
        referenceFrom = LocalDate.now(clock);
        populationFrom = LocalDate.now(clock);
    }

    /** Fills the reference form with the chosen territory's figures in force. */
    public void choose() {
        view.territories().stream().filter(l -> territoryId != null && territoryId.equals(l.indicators().territoryId()))
                .findFirst().ifPresent(l -> {
                    structures = l.indicators().inputs().structures();
                    competences.clear();
                    competences.putAll(l.competences());
                    specifics = l.specifics();
                });
    }

    public String recordReference() {
        Long id = territoryId;
        return Actions.run("regulation.reference.saved", () -> regulation.recordTerritoryReference(id == null ? 0 : id,
                new ReferenceInput(referenceFrom, structures, Map.copyOf(competences), specifics, reason)), "");
    }

    public String recordPopulation() {
        return Actions.run("regulation.population.saved", () -> regulation.recordDepartmentPopulation(populationFrom,
                population == null ? 0 : population, populationSource), "");
    }

    public void previewReform() {
        Map<DoctrineParameter, BigDecimal> values = new LinkedHashMap<>();
        for (DoctrineParameter p : DoctrineParameter.values()) {
            values.put(p, drafts.get(p.name()));
        }
        Actions.attempt(() -> reform = regulation.previewReform(reformFrom, values), null);
    }

    /** @return the doctrine's parameters, in their order, for the reform form */
    public DoctrineParameter[] getParameters() {
        return DoctrineParameter.values();
    }

    /** @return the parameter of that name (the form's fields name them) */
    public DoctrineParameter parameter(String name) {
        return DoctrineParameter.valueOf(name);
    }

    /** @return the parameter's value in force today, formatted in its unit ("48 000,00 €", "50 %") */
    public String inForce(String name) {
        return doctrine.current().parameters().valueAt(DoctrineParameter.valueOf(name), LocalDate.now(clock))
                .map(fr.ctgportal.model.doctrine.ParameterValue::formatted).orElse("—");
    }

    /** @return a day as 31/12/2026 */
    public String date(LocalDate day) {
        return Formats.date(day);
    }

    /** @return the height of the bar charts, in pixels: room for every territory's name, one per line */
    public int getBarsHeight() {
        return Math.max(320, 80 + 34 * view.territories().size());
    }

    /** @return the converter kind of a parameter's field (ctg.money, ctg.percent, ctg.fte, ctg.integer) */
    public String kindOf(DoctrineParameter parameter) {
        return switch (parameter.unit()) {
            case EUROS -> "money";
            case FRACTION -> "percent";
            case FTE -> "fte";
            case MONTHS -> "integer";
        };
    }

    /** @return the cells of the chosen year's typology, one per territory row of the outlook, in order */
    public List<RedeploymentOutlook.Cell> typologyOf(int year) {
        return outlook.territories().stream().map(r -> cellOf(r, year)).toList();
    }

    /** @return the row's cell of that year (null when the year is out of the outlook) */
    public RedeploymentOutlook.Cell cellOf(OutlookView.Row row, Integer year) {
        return row.cells().stream().filter(c -> year != null && c.year() == year).findFirst().orElse(null);
    }

    /**
     * A fraction as a percentage to the hundredth at most (0.052345 → "5,23 %"): the indicators are kept
     * exact (a millionth), people read two decimals.
     */
    public String percent(BigDecimal fraction) {
        return fraction == null ? "—" : Formats.percent(fraction.setScale(4, RoundingMode.HALF_UP));
    }

    /** @return an amount as the page shows it, "12 000,00 €" ("—" when unknown), for tooltips */
    public String money(BigDecimal amount) {
        return amount == null ? "—" : Formats.money(amount);
    }

    /** @return a number of FTE to the hundredth, "0,80" ("—" when unknown), for tooltips */
    public String fte(BigDecimal fte) {
        return fte == null ? "—" : Formats.number(fte, 2);
    }

    /** @return a whole number grouped French-style, "134 056", for tooltips */
    public String count(Number value) {
        return value == null ? "—" : Formats.number(new BigDecimal(value.toString()), 0);
    }

    /** @return "ctg-high" or "ctg-low" when the value is far from the department's, else "" */
    public String deviation(BigDecimal value, BigDecimal reference) {
        BigDecimal d = RegulationIndicators.deviation(value, reference);
        if (d == null || d.abs().compareTo(HIGHLIGHT) < 0) {
            return "";
        }
        return d.signum() > 0 ? "ctg-high" : "ctg-low";
    }

    /** @return the highlight of indicator 4 (a gap in points from balance) */
    public String gap(BigDecimal points) {
        if (points == null || points.abs().compareTo(HIGHLIGHT_POINTS) < 0) {
            return "";
        }
        return points.signum() > 0 ? "ctg-high" : "ctg-low";
    }

    /** @return indicator 5 in short: how many competences are transferred, of those recorded */
    public String transferred(SteeringLine line) {
        long done = line.competences().values().stream().filter(s -> s == CompetenceStatus.TRANSFERRED).count();
        return fr.ctgportal.web.faces.Messages.text("regulation.transferred", done, line.competences().size());
    }

    public String getGapChart() { return SteeringCharts.gap(view); }

    public String getScatterChart() { return SteeringCharts.fteAgainstPopulation(view); }

    public String getPerFteChart() { return SteeringCharts.fundingPerFte(view); }

    public SteeringView getView() { return view; }
    public OutlookView getOutlook() { return outlook; }
    public ReformView getReform() { return reform; }
    public List<SteeringLine> getLines() { return view.territories(); }
    public Competence[] getCompetenceKinds() { return Competence.values(); }
    public CompetenceStatus[] getStatuses() { return CompetenceStatus.values(); }
    public OutlookCause[] getCauses() { return OutlookCause.values(); }
    public Map<Competence, CompetenceStatus> getCompetences() { return competences; }
    public Long getTerritoryId() { return territoryId; }
    public void setTerritoryId(Long territoryId) { this.territoryId = territoryId; }
    public LocalDate getReferenceFrom() { return referenceFrom; }
    public void setReferenceFrom(LocalDate referenceFrom) { this.referenceFrom = referenceFrom; }
    public Integer getStructures() { return structures; }
    public void setStructures(Integer structures) { this.structures = structures; }
    public String getSpecifics() { return specifics; }
    public void setSpecifics(String specifics) { this.specifics = specifics; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getPopulationFrom() { return populationFrom; }
    public void setPopulationFrom(LocalDate populationFrom) { this.populationFrom = populationFrom; }
    public Integer getPopulation() { return population; }
    public void setPopulation(Integer population) { this.population = population; }
    public String getPopulationSource() { return populationSource; }
    public void setPopulationSource(String populationSource) { this.populationSource = populationSource; }
    public LocalDate getReformFrom() { return reformFrom; }
    public void setReformFrom(LocalDate reformFrom) { this.reformFrom = reformFrom; }
    public Map<String, BigDecimal> getDrafts() { return drafts; }
    public Integer getTypologyYear() { return typologyYear; }
    public void setTypologyYear(Integer typologyYear) { this.typologyYear = typologyYear; }
}

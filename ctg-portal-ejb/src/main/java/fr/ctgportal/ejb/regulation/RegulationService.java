package fr.ctgportal.ejb.regulation;

import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.funding.FundingDecisions;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.post.PostVerdict;
import fr.ctgportal.ejb.post.Posts;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.territory.Territories;
import fr.ctgportal.ejb.usecase.UseCase;
import fr.ctgportal.model.doctrine.Doctrine;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.doctrine.DoctrineMessages;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.doctrine.ParameterTimeline;
import fr.ctgportal.model.doctrine.ParameterValue;
import fr.ctgportal.model.doctrine.PilotageBudget;
import fr.ctgportal.model.doctrine.PostFunction;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.regulation.DepartmentPopulation;
import fr.ctgportal.model.regulation.IndicatorRow;
import fr.ctgportal.model.regulation.OutlookCause;
import fr.ctgportal.model.regulation.PostProfile;
import fr.ctgportal.model.regulation.PostYear;
import fr.ctgportal.model.regulation.RedeploymentOutlook;
import fr.ctgportal.model.regulation.ReformLine;
import fr.ctgportal.model.regulation.RegulationIndicators;
import fr.ctgportal.model.regulation.TerritoryInputs;
import fr.ctgportal.model.regulation.TerritoryReference;
import fr.ctgportal.model.regulation.Typology;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.territory.Territory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The Caf's steering of its network (issue 16; doctrine of 15/11/2024, "Les indicateurs de régulation",
 * "Éléments de régulation des Etp sur les territoires", "Typologie des postes"): the six regulation
 * indicators per territory against the department, the typology of the posts, the redeployment
 * outlook of the compliance plan and the preview of a reform of the doctrine's parameters.
 *
 * <p>Every amount comes from the doctrine engine ({@link PortalDoctrine}, one {@link PostVerdict} per
 * post) or from the approved decisions; every ratio from {@link RegulationIndicators}. The department's
 * figures are read in one query per kind (territories, posts, decisions, references), whatever the
 * number of territories: a Caf advisor sees them as aggregates, and the detail of their own
 * portfolio's territories only.
 */
@Stateless
@Interceptors(DomainRules.class)
public class RegulationService extends UseCase {

    /** The department: its aggregates are every territory's, whoever reads them. */
    private static final Scope DEPARTMENT = new Scope(true, Set.of(), Set.of());

    /** The outlook never looks further than this many years ahead. */
    private static final int MAX_OUTLOOK_YEARS = 10;

    @Inject
    private Territories territories;

    @Inject
    private Posts posts;

    @Inject
    private FundingDecisions decisions;

    @Inject
    private PortalDoctrine doctrine;

    @Inject
    private TerritoryReferences references;

    @Inject
    private DepartmentPopulations populations;

    /** Everything the page computes from, read once: one query per kind of figure. */
    private record Network(LocalDate on, Doctrine doctrine, List<Territory> territories,
            Map<Long, List<CooperationPost>> posts, Map<Long, TerritoryReference> references,
            DepartmentPopulation population, Map<Long, BigDecimal> decided) {

        List<CooperationPost> postsOf(long territoryId) {
            return posts.getOrDefault(territoryId, List.of());
        }

        List<CooperationPost> allPosts() {
            return posts.values().stream().flatMap(List::stream).toList();
        }

        BigDecimal minShare() {
            return doctrine.parametersAt(on).value(DoctrineParameter.MIN_COOPERATION_SHARE);
        }

        /** @return the same network read under another doctrine (a drafted reform) */
        Network under(Doctrine other) {
            return new Network(on, other, territories, posts, references, population, decided);
        }
    }

    /**
     * @return the six indicators of the caller's territories (all for a manager, the portfolio for an
     *         advisor) and the department's, with the typology of the posts today
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public SteeringView steering() {
        return steering(scope(), load());
    }

    /**
     * @return the redeployment outlook of the caller's territories and the department's, year by year to
     *         the end of the last renewed Ctg
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public OutlookView outlook() {
        return outlook(scope(), load());
    }

    /**
     * Records a new dated version of a territory's structures, competences and specifics (indicators 3
     * and 5).
     *
     * @throws NotFoundException        for a territory outside the caller's portfolio
     * @throws InvalidInputException    {@code regulation.error.futureDate} for a day after today,
     *                                  {@code regulation.error.structures} for a missing or negative count
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public long recordTerritoryReference(long territoryId, ReferenceInput input) {
        Scope scope = scope();
        Territory territory = records.find(Territory.class, territoryId);
        if (!scope.coversTerritory(territoryId)) {
            throw new NotFoundException();
        }
        LocalDate today = LocalDate.now(clock);
        if (input.validFrom() != null && input.validFrom().isAfter(today)) {
            throw new InvalidInputException("regulation.error.futureDate", DoctrineFormats.date(today));
        }
        if (input.structures() == null || input.structures() < 0) {
            throw new InvalidInputException("regulation.error.structures");
        }
        Caller caller = caller();
        TerritoryReference reference = references.add(new TerritoryReference(territory, input.validFrom(),
                input.structures(), input.competences() == null ? Map.of() : input.competences(), input.specifics(),
                input.reason(), Stamp.of(caller.username(), clock.instant())));
        if (Objects.equals(references.inForce(today).get(territoryId), reference)) {
            // The count the other pages show is the one in force.
            territory.setFamilyServiceStructures(reference.getStructures());
        }
        audit.record(caller, AuditAction.TERRITORY_REFERENCE_RECORDED, reference,
                Texts.text("regulation.audit.reference", territory.getName(), String.valueOf(reference.getStructures()),
                        DoctrineFormats.date(reference.getValidFrom())),
                reference.getReason());
        return reference.getId();
    }

    /**
     * Records the department's reference population from a day (INSEE legal population).
     *
     * @throws InvalidInputException {@code regulation.error.futureDate} for a day after today
     */
    @RolesAllowed(CAF_MANAGER)
    public long recordDepartmentPopulation(LocalDate validFrom, int population, String source) {
        LocalDate today = LocalDate.now(clock);
        if (validFrom != null && validFrom.isAfter(today)) {
            throw new InvalidInputException("regulation.error.futureDate", DoctrineFormats.date(today));
        }
        Caller caller = caller();
        DepartmentPopulation recorded = populations.add(
                new DepartmentPopulation(validFrom, population, source, Stamp.of(caller.username(), clock.instant())));
        audit.record(caller, AuditAction.DEPARTMENT_POPULATION_RECORDED, recorded,
                Texts.text("regulation.audit.population", String.valueOf(population), DoctrineFormats.date(validFrom)),
                recorded.getSource());
        return recorded.getId();
    }

    /**
     * Computes, without recording anything, every post's, territory's and the department's funding on a
     * day under drafted parameter values, next to the parameters in force. Recording stays
     * {@code DoctrineParameterService.record}.
     *
     * @param on     the reform's first day (the day both are computed for)
     * @param drafts the drafted values (a ceiling in €, a rate or share as a fraction...)
     * @throws InvalidInputException {@code regulation.error.noDraft} without a value,
     *                               {@code parameter.error.invalid} for a value the parameter cannot take
     */
    @RolesAllowed(CAF_MANAGER)
    public ReformView previewReform(LocalDate on, Map<DoctrineParameter, BigDecimal> drafts) {
        Map<DoctrineParameter, BigDecimal> values = new LinkedHashMap<>();
        if (drafts != null) {
            drafts.forEach((p, v) -> {
                if (p != null && v != null) {
                    values.put(p, v);
                }
            });
        }
        if (on == null || values.isEmpty()) {
            throw new InvalidInputException("regulation.error.noDraft");
        }
        Doctrine baseline = doctrine.current();
        ParameterTimeline timeline = baseline.parameters();
        DoctrineMessages labels = DoctrineMessages.french();
        List<ReformView.Draft> listed = new ArrayList<>();
        for (Map.Entry<DoctrineParameter, BigDecimal> draft : values.entrySet()) {
            ParameterValue value;
            try {
                value = new ParameterValue(draft.getKey(), on, draft.getValue(),
                        Texts.text("regulation.reform.source"));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("parameter.error.invalid", e.getMessage());
            }
            listed.add(new ReformView.Draft(draft.getKey().name(), labels.label(draft.getKey()),
                    timeline.valueAt(draft.getKey(), on).map(ParameterValue::formatted).orElse("—"),
                    value.formatted()));
            timeline = timeline.with(value);
        }
        Doctrine reform = Doctrine.of(timeline);
        Network network = load();
        Scope scope = scope();
        List<CooperationPost> all = posts.ofCaf(DEPARTMENT);
        Map<Long, String> names = territories.ofCaf(DEPARTMENT).stream()
                .collect(Collectors.toMap(Territory::getId, Territory::getName));
        List<ReformView.Line> lines = new ArrayList<>();
        List<ReformLine> figures = new ArrayList<>();
        for (CooperationPost p : all) {
            ReformLine line = new ReformLine(p.getId(), p.getTerritory().getId(),
                    funding(PostVerdict.of(baseline, p, on)), funding(PostVerdict.of(reform, p, on)));
            figures.add(line);
            lines.add(new ReformView.Line(p.getTitle(), names.get(p.getTerritory().getId()), line));
        }
        List<ReformView.Line> byTerritory = ReformLine.byTerritory(figures).stream()
                .map(t -> new ReformView.Line(names.get(t.territoryId()), names.get(t.territoryId()), t))
                .sorted(Comparator.comparing(ReformView.Line::name, java.text.Collator.getInstance(Texts.LOCALE)))
                .toList();
        return new ReformView(on, listed, lines, byTerritory, ReformLine.total(figures),
                outlook(scope, network.under(baseline)), outlook(scope, network.under(reform)));
    }

    /** @return the steering table of the caller's scope as an XLSX workbook (numeric cells) */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload workbook() {
        Network network = load();
        Scope scope = scope();
        SteeringView view = steering(scope, network);
        return SteeringDocuments.xlsx(view, outlook(scope, network));
    }

    /** @return the steering page as a PDF for the Commission d'Action Sociale */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload report() {
        Network network = load();
        Scope scope = scope();
        SteeringView view = steering(scope, network);
        return SteeringDocuments.pdf(view, outlook(scope, network));
    }

    private Network load() {
        LocalDate today = LocalDate.now(clock);
        List<Territory> all = territories.ofCaf(DEPARTMENT);
        List<CooperationPost> list = posts.ofCaf(DEPARTMENT).stream().filter(RegulationService::counted).toList();
        Map<Long, BigDecimal> decided = new HashMap<>();
        for (Object[] row : decisions.approvedOfPosts(list)) {
            // post id, year, decision id, Caf funding, phase: the latest approved decision of this year wins
            if (((Number) row[1]).intValue() == today.getYear()) {
                decided.put((Long) row[0], (BigDecimal) row[3]);
            }
        }
        return new Network(today, doctrine.current(), all,
                list.stream().collect(Collectors.groupingBy(p -> p.getTerritory().getId())),
                references.inForce(today), populations.inForce(today).orElse(null), decided);
    }

    /** A post counts in the network while its funding was not ended (a procedure, an unfavourable opinion). */
    private static boolean counted(CooperationPost post) {
        return post.getFundingEndedOn() == null && !post.isUnfundedByOpinion();
    }

    private SteeringView steering(Scope scope, Network n) {
        int population = n.population() == null ? 0 : n.population().getPopulation();
        List<TerritoryInputs> inputs = n.territories().stream().map(t -> inputs(t, n)).toList();
        List<IndicatorRow> rows = RegulationIndicators.territories(inputs, population);
        List<SteeringLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Territory t = n.territories().get(i);
            if (scope.coversTerritory(t.getId())) {
                TerritoryReference r = n.references().get(t.getId());
                lines.add(new SteeringLine(t.getName(), rows.get(i), r == null ? null : r.getValidFrom(),
                        r == null ? null : r.getRecorded().by(), r == null ? Map.of() : Map.copyOf(r.getCompetences()),
                        r == null ? null : r.getSpecifics(), typology(n.postsOf(t.getId()), n),
                        r == null ? null : r.getId()));
            }
        }
        IndicatorRow department = RegulationIndicators.department(inputs, population,
                Texts.text("regulation.department"));
        SteeringLine departmentLine = new SteeringLine(department.inputs().name(), department,
                n.population() == null ? null : n.population().getValidFrom(), null, Map.of(), null,
                typology(n.allPosts(), n), null);
        PilotageBudget.Budget budget = PilotageBudget.on(n.on());
        return new SteeringView(n.on(), n.on().getYear(), lines, departmentLine, population,
                n.population() == null ? null : n.population().getValidFrom(),
                n.population() == null ? null : n.population().getSource(), budget.amount(), budget.cooperationFte(),
                scope.all());
    }

    private TerritoryInputs inputs(Territory t, Network n) {
        List<CooperationPost> of = n.postsOf(t.getId());
        TerritoryReference r = n.references().get(t.getId());
        BigDecimal doctrineFunding = BigDecimal.ZERO;
        for (CooperationPost p : of) {
            BigDecimal decided = n.decided().get(p.getId());
            doctrineFunding = doctrineFunding
                    .add(decided != null ? decided : funding(PostVerdict.of(n.doctrine(), p, n.on())));
        }
        return new TerritoryInputs(t.getId(), t.getName(), t.getPopulation(), t.getAreaKm2(),
                r == null ? null : r.getStructures(), of.size(), sum(of, CooperationPost::getCooperationFte),
                sum(of, CooperationPost::getCurrentFunding), doctrineFunding);
    }

    private static Typology typology(List<CooperationPost> of, Network n) {
        return Typology.of(of.stream().map(RegulationService::profile).toList(), n.minShare());
    }

    private static PostProfile profile(CooperationPost p) {
        Set<PostFunction> functions = p.getFunctions();
        return new PostProfile(p.getTerritory().getId(), p.getCooperationFte(), p.getCooperationShare(),
                functions.contains(PostFunction.DIRECTOR), functions.contains(PostFunction.ADMINISTRATIVE_ASSISTANT));
    }

    private OutlookView outlook(Scope scope, Network n) {
        List<Integer> years = years(n);
        Map<Long, List<PostYear>> byTerritory = new LinkedHashMap<>();
        List<PostYear> department = new ArrayList<>();
        List<OutlookView.PostChange> changes = new ArrayList<>();
        Map<Long, String> names = n.territories().stream()
                .collect(Collectors.toMap(Territory::getId, Territory::getName));
        for (CooperationPost p : n.allPosts()) {
            OutlookView.PostChange change = null;
            for (int year : years) {
                LocalDate on = year == n.on().getYear() ? n.on() : LocalDate.of(year, 1, 1);
                PostYear line = PostYear.of(p.getId(), year, profile(p), p.getCurrentFunding(),
                        PostVerdict.of(n.doctrine(), p, on).decision());
                BigDecimal funding = line.doctrineFunding();
                BigDecimal bonus = line.bonus();
                Set<OutlookCause> causes = line.causes();
                department.add(line);
                byTerritory.computeIfAbsent(p.getTerritory().getId(), k -> new ArrayList<>()).add(line);
                if (change == null && funding.compareTo(bonus) < 0 && !causes.isEmpty()
                        && scope.coversTerritory(p.getTerritory().getId())) {
                    change = new OutlookView.PostChange(p.getId(), p.getTitle(), names.get(p.getTerritory().getId()),
                            year, on, bonus, funding, causes);
                }
            }
            if (change != null) {
                changes.add(change);
            }
        }
        List<OutlookView.Row> rows = n.territories().stream().filter(t -> scope.coversTerritory(t.getId()))
                .map(t -> new OutlookView.Row(t.getName(), RedeploymentOutlook
                        .byYear(byTerritory.getOrDefault(t.getId(), List.of()), t.getId(), n.minShare())))
                .toList();
        PilotageBudget.Budget budget = PilotageBudget.on(n.on());
        changes.sort(Comparator.comparing(OutlookView.PostChange::territoryName)
                .thenComparing(OutlookView.PostChange::fromYear).thenComparing(OutlookView.PostChange::title));
        return new OutlookView(years, rows, new OutlookView.Row(Texts.text("regulation.department"),
                RedeploymentOutlook.byYear(department, null, n.minShare())), changes, budget.amount(),
                budget.cooperationFte());
    }

    /** This year to the year of the last phase-3 deadline (before the end of the renewed Ctgs). */
    private static List<Integer> years(Network n) {
        int first = n.on().getYear();
        int last = n.territories().stream()
                .map(t -> t.getPhase3Deadline() != null ? t.getPhase3Deadline() : t.getCtgRenewal())
                .filter(Objects::nonNull).mapToInt(d -> d.getYear() + 1).max().orElse(first);
        return IntStream.rangeClosed(first, Math.min(Math.max(first, last), first + MAX_OUTLOOK_YEARS)).boxed()
                .toList();
    }

    private static BigDecimal funding(PostVerdict verdict) {
        return verdict.evaluated() ? verdict.cafFunding() : BigDecimal.ZERO;
    }

    private static BigDecimal sum(List<CooperationPost> list,
            java.util.function.Function<CooperationPost, BigDecimal> v) {
        return list.stream().map(v).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

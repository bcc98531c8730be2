package fr.ctgportal.ejb.territory;

import fr.ctgportal.ejb.usecase.UseCase;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.Page;
import fr.ctgportal.ejb.platform.PageRequest;
import fr.ctgportal.ejb.post.PostVerdict;
import fr.ctgportal.ejb.post.Posts;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.Doctrine;
import fr.ctgportal.model.doctrine.InvalidSituationException;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.territory.Territory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Caf's view of the Ctg territories: an advisor's portfolio, or all of them for a manager, with
 * the funding the doctrine gives today next to the pilotage bonus paid today. The doctrine's total
 * is the sum of {@link PostVerdict}s, one evaluation per post, from the same single query.
 */
@Stateless
@Interceptors(DomainRules.class)
public class TerritoryService extends UseCase {

    @Inject
    private Territories territories;

    @Inject
    private Posts posts;

    @Inject
    private PortalDoctrine doctrine;

    /**
     * One page of the caller's territories (the advisor's portfolio, all for a manager), each with its
     * posts' totals and the doctrine's verdicts summed: the doctrine evaluates the posts of the page's
     * territories only. Sort fields: {@link Territories#page}.
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public Page<TerritorySummary> pageTerritories(PageRequest request) {
        Page<Territory> page = territories.page(scope(), request);
        List<Long> ids = page.rows().stream().map(Territory::getId).toList();
        Map<Long, List<CooperationPost>> byTerritory = posts.inTerritories(ids).stream()
                .collect(Collectors.groupingBy(p -> p.getTerritory().getId()));
        Map<Long, String> leads = territories.leadAuthorityNames(ids);
        Doctrine current = doctrine.current();
        LocalDate today = LocalDate.now(clock);
        return page.map(t -> {
            List<CooperationPost> of = byTerritory.getOrDefault(t.getId(), List.of());
            return summarize(t, leads.get(t.getId()), of, verdicts(current, of, today), today);
        });
    }

    /**
     * The totals of all the caller's territories, summed by the database (funded posts only, as in
     * {@link TerritorySummary}).
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public TerritoryTotals totals() {
        Object[] t = territories.totals(scope());
        return new TerritoryTotals(((Number) t[0]).longValue(), ((Number) t[1]).longValue(),
                ((Number) t[2]).longValue(), ((BigDecimal) t[3]).setScale(2, RoundingMode.HALF_UP), (BigDecimal) t[4]);
    }

    /** @return the caller's territories by name, id and name only (a choice among them) */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public List<TerritoryTotals.Choice> territoryChoices() {
        return territories.ofCaf(scope()).stream().map(t -> new TerritoryTotals.Choice(t.getId(), t.getName()))
                .toList();
    }

    /** @throws NotFoundException for a territory outside the caller's portfolio */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public TerritoryDetail findTerritory(long territoryId) {
        Scope scope = scope();
        Territory territory = records.find(Territory.class, territoryId);
        if (!scope.coversTerritory(territoryId)) {
            throw new NotFoundException();
        }
        List<CooperationPost> list = posts.inTerritories(List.of(territoryId));
        LocalDate today = LocalDate.now(clock);
        Doctrine current = doctrine.current();
        Map<Long, PostVerdict> verdicts = verdicts(current, list, today);
        return new TerritoryDetail(summarize(territory, territories.leadAuthorityNames(List.of(territoryId))
                .get(territoryId), list, verdicts, today));
    }

    /** One doctrine evaluation per post, by post id, in the posts' order. */
    private static Map<Long, PostVerdict> verdicts(Doctrine current, List<CooperationPost> list, LocalDate on) {
        Map<Long, PostVerdict> verdicts = new LinkedHashMap<>();
        list.forEach(p -> verdicts.put(p.getId(), PostVerdict.of(current, p, on)));
        return verdicts;
    }

    /**
     * The territory's totals count its funded posts only: a post whose funding a compliance procedure
     * ended stays listed (shown "Financement arrêté le …") but leaves the counts and sums.
     */
    private static TerritorySummary summarize(Territory t, String leadAuthorityName, List<CooperationPost> all,
            Map<Long, PostVerdict> allVerdicts, LocalDate today) {
        List<CooperationPost> list = all.stream().filter(p -> p.getFundingEndedOn() == null).toList();
        Map<Long, PostVerdict> verdicts = new LinkedHashMap<>();
        list.forEach(p -> verdicts.put(p.getId(), allVerdicts.get(p.getId())));
        BigDecimal fte = sum(list, CooperationPost::getCooperationFte).setScale(2, RoundingMode.HALF_UP);
        BigDecimal funding = sum(list, CooperationPost::getCurrentFunding);
        BigDecimal doctrineFunding = verdicts.values().stream().filter(PostVerdict::evaluated)
                .map(PostVerdict::cafFunding).reduce(new BigDecimal("0.00"), BigDecimal::add);
        long unevaluated = verdicts.values().stream().filter(v -> !v.evaluated()).count();
        String problem = verdicts.values().stream().map(PostVerdict::problem).filter(Objects::nonNull)
                .findFirst().orElse(null);
        CompliancePhase phase;
        try {
            phase = CompliancePhase.at(t.getCtgRenewal(), t.getPhase3Deadline(), today);
        } catch (InvalidSituationException e) {
            phase = null;
            problem = e.getMessage();
        }
        return new TerritorySummary(t.getId(), t.getName(), leadAuthorityName, t.getPopulation(),
                t.getAreaKm2(), t.getFamilyServiceStructures(), t.getCtgStart(), t.getCtgEnd(), t.getCtgRenewal(),
                list.size(), fte, funding, phase, doctrineFunding, unevaluated, problem);
    }

    private static BigDecimal sum(List<CooperationPost> list, Function<CooperationPost, BigDecimal> value) {
        return list.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

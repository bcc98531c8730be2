package fr.ctgportal.ejb.admin;

import static fr.ctgportal.ejb.security.Roles.ADMIN;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.account.People;
import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.territory.Territories;
import fr.ctgportal.ejb.usecase.UseCase;
import fr.ctgportal.model.advisor.CafAdvisor;
import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.authority.Siren;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.territory.Intercommunalities;
import fr.ctgportal.model.territory.Intercommunality;
import fr.ctgportal.model.territory.Territory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Caf's reference data, kept by an administrator or a Caf manager (both see the whole department):
 * territories created from the official list of intercommunalities, their Ctg dates and figures, the
 * authorities (SIREN with its Luhn key; closed, never deleted once they have posts) and the advisors'
 * portfolios. Every change names a reason and is written to the audit trail (who, when, what, why)
 * in the same transaction; a broken rule is refused with its French message and changes nothing.
 */
@Stateless
@Interceptors(DomainRules.class)
public class ReferenceDataService extends UseCase {

    /** The most rows {@link #findIntercommunalities} returns. */
    private static final int SEARCH_LIMIT = 20;

    @Inject
    private Territories territories;

    @Inject
    private Authorities authorities;

    @Inject
    private Advisors advisors;

    @Inject
    private People people;

    /** @return the intercommunalities of the official list whose name or SIREN contains {@code query} (at most 20) */
    @RolesAllowed({ADMIN, CAF_MANAGER})
    public List<Intercommunality> findIntercommunalities(String query) {
        return Intercommunalities.search(query, SEARCH_LIMIT);
    }

    /** @return every territory with its advisors (none: the page says so) */
    @RolesAllowed({ADMIN, CAF_MANAGER})
    public List<AdminTerritory> listTerritories() {
        Map<Long, List<String>> followers = advisors.namesByTerritory();
        return territories.all().stream().map(t -> new AdminTerritory(t.getId(), t.getVersion(), t.getSiren(),
                t.getName(), t.getPopulation(), t.getAreaKm2(), t.getFamilyServiceStructures(), t.getCtgStart(),
                t.getCtgEnd(), t.getCtgRenewal(), t.getLeadAuthorityId(), t.isCommunalPostsAllowed(),
                followers.getOrDefault(t.getId(), List.of()).stream().sorted().toList())).toList();
    }

    /**
     * Creates a territory from an intercommunality of the official list, its name and population taken from it.
     *
     * @param siren   the intercommunality's SIREN
     * @param areaKm2 its area, km² (above 0)
     * @return the new territory's id
     * @throws fr.ctgportal.ejb.platform.InvalidInputException {@code admin.error.sirenInvalid},
     *         {@code admin.error.unknownIntercommunality}, {@code admin.error.territoryExists},
     *         {@code admin.error.areaInvalid}, {@code admin.error.reasonMissing}
     */
    @RolesAllowed({ADMIN, CAF_MANAGER})
    public long createTerritory(String siren, BigDecimal areaKm2, String reason) {
        String why = reason(reason);
        String digits = Siren.checked(siren);
        Intercommunality epci = Intercommunalities.bySiren(digits)
                .orElseThrow(() -> new DomainRuleException("admin.error.unknownIntercommunality", digits));
        if (territories.existsWithSirenOrName(epci.siren(), epci.name())) {
            throw new DomainRuleException("admin.error.territoryExists", epci.name());
        }
        Territory territory = Territory.ofIntercommunality(epci, areaKm2);
        territories.add(territory);
        audit.record(caller(), AuditAction.TERRITORY_CREATED, territory,
                Texts.text("audit.territoryCreated", epci.name(), epci.siren(), epci.population()), why);
        return territory.getId();
    }

    /**
     * Changes a territory's Ctg dates, figures, lead authority and communal exception.
     *
     * @throws fr.ctgportal.ejb.platform.NotFoundException       no such territory
     * @throws fr.ctgportal.ejb.platform.ConcurrentEditException changed since {@code expectedVersion}
     * @throws fr.ctgportal.ejb.platform.InvalidInputException   the territory's rules ({@code admin.error.endBeforeStart}...),
     *         {@code admin.error.leadOutsideTerritory}, {@code admin.error.reasonMissing}
     */
    @RolesAllowed({ADMIN, CAF_MANAGER})
    public void changeTerritory(long territoryId, long expectedVersion, TerritoryChange change, String reason) {
        String why = reason(reason);
        Territory t = records.forChange(records.find(Territory.class, territoryId), expectedVersion);
        String before = describe(t);
        t.changeAgreement(change.ctgStart(), change.ctgEnd(), change.ctgRenewal());
        t.changeFigures(change.population(), change.areaKm2(), change.familyServiceStructures());
        t.allowCommunalPosts(change.communalPostsAllowed());
        if (!Objects.equals(change.leadAuthorityId(), t.getLeadAuthorityId())) {
            if (change.leadAuthorityId() == null) {
                t.setLeadAuthorityId(null);
            } else {
                Authority lead = records.find(Authority.class, change.leadAuthorityId());
                if (!lead.getTerritory().getId().equals(t.getId())) {
                    throw new DomainRuleException("admin.error.leadOutsideTerritory", lead.getName(), t.getName());
                }
                lead.leadItsTerritory();
            }
        }
        audit.record(caller(), AuditAction.TERRITORY_CHANGED, t,
                Texts.text("audit.territoryChanged", before, describe(t)), why);
    }

    /** @return every authority, open or closed, with its post count */
    @RolesAllowed({ADMIN, CAF_MANAGER})
    public List<AdminAuthority> listAuthorities() {
        return authorities.all().stream().map(a -> {
            Stamp closed = a.getClosed();
            return new AdminAuthority(a.getId(), a.getVersion(), a.getSiren(), a.getName(), a.getType(),
                    a.getTerritory().getId(), a.getTerritory().getName(), a.isCtgSignatory(),
                    closed == null ? null : people.nameOf(closed.by()), closed == null ? null : closed.at(),
                    authorities.postCount(a.getId()), a.hrMayNameHr());
        }).toList();
    }

    /**
     * Registers an authority.
     *
     * @return its id
     * @throws fr.ctgportal.ejb.platform.InvalidInputException {@code admin.error.sirenInvalid},
     *         {@code admin.error.sirenTaken}, the authority's rules, {@code admin.error.reasonMissing}
     */
    @RolesAllowed({ADMIN, CAF_MANAGER})
    public long registerAuthority(AuthorityInput input, String reason) {
        String why = reason(reason);
        Territory territory = records.find(Territory.class, input.territoryId());
        Authority authority = Authority.register(input.siren(), input.name(), input.type(), territory,
                input.ctgSignatory());
        Authority existing = authorities.withSiren(authority.getSiren());
        if (existing != null) {
            throw new DomainRuleException("admin.error.sirenTaken", authority.getSiren(), existing.getName());
        }
        authorities.add(authority);
        audit.record(caller(), AuditAction.AUTHORITY_REGISTERED, authority, Texts.text("audit.authorityRegistered",
                authority.getName(), authority.getSiren(), territory.getName(), signatory(authority)), why);
        return authority.getId();
    }

    /**
     * Changes an authority's name, type, territory (not with posts) and signatory status; its SIREN stays.
     *
     * @throws fr.ctgportal.ejb.platform.InvalidInputException {@code admin.error.movedWithPosts},
     *         {@code admin.error.authorityClosed}, the authority's rules, {@code admin.error.reasonMissing}
     */
    @RolesAllowed({ADMIN, CAF_MANAGER})
    public void changeAuthority(long authorityId, long expectedVersion, AuthorityInput input, String reason) {
        String why = reason(reason);
        Authority a = records.forChange(records.find(Authority.class, authorityId), expectedVersion);
        String before = describe(a);
        a.change(input.name(), input.type(), records.find(Territory.class, input.territoryId()), input.ctgSignatory(),
                authorities.postCount(authorityId) > 0);
        audit.record(caller(), AuditAction.AUTHORITY_CHANGED, a,
                Texts.text("audit.authorityChanged", before, describe(a)), why);
    }

    /**
     * Closes an authority: it keeps its records and employs no new post.
     *
     * @throws fr.ctgportal.ejb.platform.InvalidInputException {@code admin.error.authorityClosed},
     *         {@code admin.error.reasonMissing}
     */
    @RolesAllowed({ADMIN, CAF_MANAGER})
    public void closeAuthority(long authorityId, long expectedVersion, String reason) {
        String why = reason(reason);
        Caller caller = caller();
        Authority a = records.forChange(records.find(Authority.class, authorityId), expectedVersion);
        a.close(Stamp.of(caller.username(), clock.instant()));
        audit.record(caller, AuditAction.AUTHORITY_CLOSED, a, Texts.text("audit.authorityClosed", a.getName()), why);
    }

    /**
     * Lets (or no longer lets) an authority's HR name another HR of the same authority (delegated
     * administration, {@link AccountAdministration#createAccount}).
     *
     * @throws fr.ctgportal.ejb.platform.InvalidInputException {@code admin.error.authorityClosed} (allowing it
     *         for a closed authority), {@code admin.error.reasonMissing}
     */
    @RolesAllowed({ADMIN, CAF_MANAGER})
    public void letHrNameHr(long authorityId, long expectedVersion, boolean allowed, String reason) {
        String why = reason(reason);
        Authority a = records.forChange(records.find(Authority.class, authorityId), expectedVersion);
        a.letHrNameHr(allowed);
        audit.record(caller(), AuditAction.DELEGATION_CHANGED, a,
                Texts.text(allowed ? "audit.hrMayNameHr" : "audit.hrMayNotNameHr", a.getName()), why);
    }

    /**
     * Deletes an authority registered by mistake: only while it has no post (otherwise it is closed).
     *
     * @throws fr.ctgportal.ejb.platform.InvalidInputException {@code admin.error.deleteWithPosts},
     *         {@code admin.error.deleteLead}, {@code admin.error.reasonMissing}
     */
    @RolesAllowed({ADMIN, CAF_MANAGER})
    public void deleteAuthority(long authorityId, long expectedVersion, String reason) {
        String why = reason(reason);
        Authority a = records.forChange(records.find(Authority.class, authorityId), expectedVersion);
        if (authorities.postCount(authorityId) > 0) {
            throw new DomainRuleException("admin.error.deleteWithPosts", a.getName());
        }
        if (a.getId().equals(a.getTerritory().getLeadAuthorityId())) {
            throw new DomainRuleException("admin.error.deleteLead", a.getName());
        }
        // The trail keeps the deleted authority's id, name and SIREN: recorded before the row goes.
        audit.record(caller(), AuditAction.AUTHORITY_DELETED, a,
                Texts.text("audit.authorityDeleted", a.getName(), a.getSiren()), why);
        authorities.remove(a);
    }

    /** @return every advisor and their portfolio */
    @RolesAllowed({ADMIN, CAF_MANAGER})
    public List<AdvisorPortfolio> listAdvisors() {
        return advisors.all().stream().map(a -> {
            List<Territory> list = a.getPortfolio().stream().sorted(Comparator.comparing(Territory::getName)).toList();
            return new AdvisorPortfolio(a.getId(), a.getUsername(), a.getDisplayName(),
                    list.stream().map(Territory::getId).toList(), list.stream().map(Territory::getName).toList());
        }).toList();
    }

    /**
     * Adds a territory to an advisor's portfolio from a date (today or before).
     *
     * @throws fr.ctgportal.ejb.platform.InvalidInputException {@code admin.error.fromMissing},
     *         {@code admin.error.assignmentInFuture}, {@code admin.error.alreadyInPortfolio},
     *         {@code admin.error.reasonMissing}
     */
    @RolesAllowed({ADMIN, CAF_MANAGER})
    public void assignTerritory(long advisorId, long territoryId, LocalDate from, String reason) {
        String why = reason(reason);
        CafAdvisor advisor = records.lock(records.find(CafAdvisor.class, advisorId));
        Territory t = records.find(Territory.class, territoryId);
        advisor.assign(t, from, LocalDate.now(clock));
        audit.record(caller(), AuditAction.PORTFOLIO_ASSIGNED, advisor, Texts.text("audit.portfolioAssigned",
                t.getName(), advisor.getDisplayName(), DoctrineFormats.date(from)), why);
    }

    /**
     * Takes a territory out of an advisor's portfolio; the audit says when the territory is left without advisor.
     *
     * @throws fr.ctgportal.ejb.platform.InvalidInputException {@code admin.error.notInPortfolio},
     *         {@code admin.error.reasonMissing}
     */
    @RolesAllowed({ADMIN, CAF_MANAGER})
    public void releaseTerritory(long advisorId, long territoryId, String reason) {
        String why = reason(reason);
        CafAdvisor advisor = records.lock(records.find(CafAdvisor.class, advisorId));
        Territory t = records.find(Territory.class, territoryId);
        advisor.release(t);
        boolean orphan = advisors.namesByTerritory().getOrDefault(territoryId, List.of()).stream()
                .allMatch(advisor.getDisplayName()::equals);
        audit.record(caller(), AuditAction.PORTFOLIO_RELEASED, advisor,
                Texts.text(orphan ? "audit.portfolioReleasedOrphan" : "audit.portfolioReleased", t.getName(),
                        advisor.getDisplayName()),
                why);
    }

    private static String reason(String reason) {
        return TextLimit.SHORT_REASON.required(reason, "admin.error.reasonMissing");
    }

    private String describe(Territory t) {
        return Texts.text("audit.territoryState", date(t.getCtgStart()), date(t.getCtgEnd()), date(t.getCtgRenewal()),
                t.getPopulation(), DoctrineFormats.decimal(t.getAreaKm2()), t.getFamilyServiceStructures(),
                t.getLeadAuthorityId() == null ? "-" : records.find(Authority.class, t.getLeadAuthorityId()).getName(),
                Texts.text(t.isCommunalPostsAllowed() ? "audit.yes" : "audit.no"));
    }

    private static String describe(Authority a) {
        return Texts.text("audit.authorityState", a.getName(), Texts.label("authorityType", a.getType()),
                a.getTerritory().getName(), signatory(a));
    }

    private static String signatory(Authority a) {
        return Texts.text(a.isCtgSignatory() ? "audit.yes" : "audit.no");
    }

    private static String date(LocalDate date) {
        return date == null ? "-" : DoctrineFormats.date(date);
    }
}

package fr.ctgportal.it.services;

import static fr.ctgportal.ejb.security.Roles.ADMIN;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.it.services.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.ejb.admin.AdminAuthority;
import fr.ctgportal.ejb.admin.AdminTerritory;
import fr.ctgportal.ejb.admin.AuthorityInput;
import fr.ctgportal.ejb.admin.ReferenceDataService;
import fr.ctgportal.ejb.admin.TerritoryChange;
import fr.ctgportal.model.authority.AuthorityType;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Caf's reference data kept in the portal (issue 15): a territory created from the official list
 * (CC Faucigny - Glières, outside the Gard, which no other test reads), its Ctg dates and lead, two
 * authorities registered (one closed, one deleted), the territory given to an advisor and taken back;
 * each change audited, each broken rule refused in French with nothing changed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceDataIT extends DeployedServices {

    private static final String FAUCIGNY = "200000172";
    private static final String COMMUNE_SIREN = "213001894";

    @EJB
    private ReferenceDataService admin;

    private static long territory;

    private AdminTerritory territory() {
        return admin.listTerritories().stream().filter(t -> t.id() == territory).findFirst().orElseThrow();
    }

    private AdminAuthority authority(String siren) {
        return admin.listAuthorities().stream().filter(a -> a.siren().equals(siren)).findFirst().orElseThrow();
    }

    private long audits(String action) {
        return database().number("select count(*) from audit_event where action = ?", action);
    }

    @Test
    @Order(1)
    @AsUser(name = "admin.ctg", roles = ADMIN)
    void aTerritoryIsCreatedFromTheOfficialList() {
        assertTrue(admin.findIntercommunalities("faucigny").stream().anyMatch(i -> i.siren().equals(FAUCIGNY)));
        refused("admin.error.sirenInvalid", () -> admin.createTerritory("200000173", BigDecimal.TEN, "go live"));
        refused("admin.error.unknownIntercommunality",
                () -> admin.createTerritory(COMMUNE_SIREN, BigDecimal.TEN, "go live"));
        refused("admin.error.reasonMissing", () -> admin.createTerritory(FAUCIGNY, BigDecimal.TEN, " "));
        refused("admin.error.territoryExists", () -> admin.createTerritory("200034379", BigDecimal.TEN, "again"));
        long before = audits("TERRITORY_CREATED");
        territory = admin.createTerritory(FAUCIGNY, new BigDecimal("140.50"), "Ctg signée en 2026");
        AdminTerritory t = territory();
        assertEquals("CC Faucigny - Glières", t.name());
        assertEquals(28363, t.population(), "population prefilled from the list");
        assertTrue(t.withoutAdvisor(), "the page says it has no advisor");
        assertEquals(before + 1, audits("TERRITORY_CREATED"));
        assertEquals("Ctg signée en 2026", database().text(
                "select reason from audit_event where action = 'TERRITORY_CREATED' and entity_id = ?", territory));
    }

    @Test
    @Order(2)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void authoritiesAreRegisteredChangedClosedOrDeleted() {
        refused("admin.error.sirenInvalid", () -> admin.registerAuthority(
                new AuthorityInput("200000171", "CC Faucigny - Glières", AuthorityType.COMMUNES_COMMUNITY, territory,
                        true),
                "go live"));
        refused("admin.error.sirenTaken", () -> admin.registerAuthority(
                new AuthorityInput("200034379", "Doublon", AuthorityType.COMMUNES_COMMUNITY, territory, true), "x"));
        long cc = admin.registerAuthority(new AuthorityInput("200 000 172", "CC Faucigny - Glières",
                AuthorityType.COMMUNES_COMMUNITY, territory, true), "signataire");
        long commune = admin.registerAuthority(new AuthorityInput(COMMUNE_SIREN, "Commune test",
                AuthorityType.COMMUNE, territory, false), "partenaire");
        AdminAuthority c = authority(COMMUNE_SIREN);
        admin.changeAuthority(commune, c.version(), new AuthorityInput(COMMUNE_SIREN, "Commune de test",
                AuthorityType.COMMUNE, territory, true), "signe la Ctg");
        assertTrue(authority(COMMUNE_SIREN).ctgSignatory());

        AdminTerritory t = territory();
        refused("admin.error.leadIsCommune", () -> admin.changeTerritory(territory, t.version(),
                new TerritoryChange(28363, new BigDecimal("140.50"), 6, null, null, null, commune, false), "lead"));
        refused("admin.error.endBeforeStart", () -> admin.changeTerritory(territory, t.version(),
                new TerritoryChange(28363, new BigDecimal("140.50"), 6, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2025, 12, 31), null, cc, false),
                "dates"));
        assertEquals(t.version(), territory().version(), "a refused change changes nothing");
        admin.changeTerritory(territory, t.version(), new TerritoryChange(28400, new BigDecimal("141.00"), 6,
                LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), LocalDate.of(2030, 1, 1), cc, false),
                "Ctg signée");
        AdminTerritory changed = territory();
        assertEquals(cc, changed.leadAuthorityId());
        assertEquals(6, changed.familyServiceStructures());
        assertTrue(database().text("select detail from audit_event where action = 'TERRITORY_CHANGED' "
                + "and entity_id = ?", territory).contains("après"));

        refused("admin.error.deleteLead", () -> admin.deleteAuthority(cc, authority(FAUCIGNY).version(), "erreur"));
        admin.deleteAuthority(commune, authority(COMMUNE_SIREN).version(), "enregistrée par erreur");
        assertTrue(admin.listAuthorities().stream().noneMatch(a -> a.siren().equals(COMMUNE_SIREN)));

        admin.closeAuthority(cc, authority(FAUCIGNY).version(), "fusion");
        AdminAuthority closed = authority(FAUCIGNY);
        assertTrue(closed.closed());
        assertNotNull(closed.closedBy());
        refused("admin.error.authorityClosed", () -> admin.closeAuthority(cc, closed.version(), "encore"));
        assertEquals(null, territory().leadAuthorityId(), "a closed authority leads no territory");
    }

    @Test
    @Order(3)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void anAuthorityWithPostsIsClosedNeverDeleted() {
        long uzes = database().number("select id from authority where siren = '200034379'");
        long version = database().number("select version from authority where id = ?", uzes);
        refused("admin.error.deleteWithPosts", () -> admin.deleteAuthority(uzes, version, "erreur"));
        refused("admin.error.movedWithPosts", () -> admin.changeAuthority(uzes, version, new AuthorityInput(
                "200034379", "CC Pays d'Uzès", AuthorityType.COMMUNES_COMMUNITY, territory, true), "déménage"));
        assertEquals(version, database().number("select version from authority where id = ?", uzes));
    }

    @Test
    @Order(4)
    @AsUser(name = "admin.ctg", roles = ADMIN)
    void aTerritoryIsGivenToAnAdvisorFromADate() {
        long advisor = database().number("select id from caf_advisor where username = 'conseil.nord'");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        refused("admin.error.assignmentInFuture",
                () -> admin.assignTerritory(advisor, territory, today.plusDays(1), "reprise"));
        admin.assignTerritory(advisor, territory, today, "reprise du territoire");
        assertFalse(territory().withoutAdvisor());
        assertTrue(admin.listAdvisors().stream().filter(a -> a.id() == advisor).findFirst().orElseThrow()
                .territoryIds().contains(territory));
        refused("admin.error.alreadyInPortfolio", () -> admin.assignTerritory(advisor, territory, today, "x"));
        admin.releaseTerritory(advisor, territory, "réorganisation");
        assertTrue(territory().withoutAdvisor());
        assertTrue(database().text("select detail from audit_event where action = 'PORTFOLIO_RELEASED' "
                + "and entity_id = ? order by id desc limit 1", advisor).contains("n’a plus de conseiller"));
    }
}

package fr.ctgportal.model.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.territory.Territory;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** An authority: registered with a checked SIREN, changed, closed (never deleted with posts), leading its territory. */
class AuthorityTest {

    private static final Stamp ADMIN = Stamp.of("admin.ctg", Instant.parse("2026-06-01T08:00:00Z"));

    private static void refused(String key, Executable change) {
        assertEquals(key, assertThrows(DomainRuleException.class, change).getMessageKey());
    }

    private static Territory territory(String name) {
        return new Territory(name, 30000, BigDecimal.TEN);
    }

    @Test
    void theSirenIsCheckedWithItsLuhnKey() {
        assertTrue(Siren.isValid("200034379"));
        assertFalse(Siren.isValid("200034378"), "wrong key");
        assertFalse(Siren.isValid("20003437"), "8 digits");
        assertEquals("200034379", Siren.checked(" 200 034 379 "));
        refused(Siren.INVALID, () -> Siren.checked("123456789"));
        refused(Siren.INVALID, () -> Authority.register("12345678A", "Commune", AuthorityType.COMMUNE,
                territory("T"), false));
    }

    @Test
    void registeredWithANameATypeAndATerritory() {
        Territory t = territory("CC Pays d'Uzès");
        Authority a = Authority.register("200034379", "  CC Pays d'Uzès ", AuthorityType.COMMUNES_COMMUNITY, t, true);
        assertEquals("CC Pays d'Uzès", a.getName());
        assertTrue(a.isCtgSignatory());
        refused("admin.error.nameMissing", () -> Authority.register("200034379", " ", AuthorityType.COMMUNE, t, true));
        refused("admin.error.typeMissing", () -> Authority.register("200034379", "X", null, t, true));
        refused("admin.error.territoryMissing",
                () -> Authority.register("200034379", "X", AuthorityType.COMMUNE, null, true));
    }

    @Test
    void anAuthorityWithPostsStaysInItsTerritory() {
        Territory uzes = territory("Uzès");
        Authority a = Authority.register("200034379", "Uzès", AuthorityType.COMMUNE, uzes, true);
        a.change("Ville d'Uzès", AuthorityType.COMMUNE, uzes, false, true);
        assertEquals("Ville d'Uzès", a.getName());
        assertFalse(a.isCtgSignatory());
        refused("admin.error.movedWithPosts",
                () -> a.change("Uzès", AuthorityType.COMMUNE, territory("Alès"), true, true));
        a.change("Uzès", AuthorityType.COMMUNE, territory("Alès"), true, false);
        assertEquals("Alès", a.getTerritory().getName());
    }

    @Test
    void closedItKeepsItsRecordsAndEmploysNoNewPost() {
        Territory t = territory("T");
        Authority a = Authority.register("200034379", "CC", AuthorityType.COMMUNES_COMMUNITY, t, true);
        CooperationPost.created(a, "Chargé(e) de coopération");
        a.close(ADMIN);
        assertTrue(a.isClosed());
        assertEquals(ADMIN, a.getClosed());
        refused("admin.error.authorityClosed", () -> a.close(ADMIN));
        refused("admin.error.authorityClosed", () -> CooperationPost.created(a, "Autre poste"));
        refused("admin.error.authorityClosed",
                () -> a.change("CC", AuthorityType.COMMUNES_COMMUNITY, t, true, false));
    }

    @Test
    void aCommuneEmploysPostsOnlyWhereTheTerritoryAllowsIt() {
        Territory t = territory("CA de Nîmes Métropole");
        Authority commune = Authority.register("213001894", "Commune", AuthorityType.COMMUNE, t, true);
        refused("post.error.communalPost", () -> CooperationPost.created(commune, "Chargé(e) de coopération"));
        t.allowCommunalPosts(true);
        assertEquals(commune, CooperationPost.created(commune, "Chargé(e) de coopération").getEmployer());
    }

    @Test
    void theLeadIsASignatoryIntercommunality() {
        Territory t = territory("T");
        Authority commune = Authority.register("213001894", "Commune", AuthorityType.COMMUNE, t, true);
        refused("admin.error.leadIsCommune", commune::leadItsTerritory);
        Authority notSignatory = Authority.register("200034379", "CC", AuthorityType.COMMUNES_COMMUNITY, t, false);
        refused("admin.error.leadNotSignatory", notSignatory::leadItsTerritory);
        assertNull(t.getLeadAuthorityId());
    }

    @Test
    void theCafLetsItsHrNameAnotherHrUntilTheAuthorityCloses() {
        Authority a = Authority.register("200034379", "Uzès", AuthorityType.COMMUNE, territory("Uzès"), true);
        assertFalse(a.hrMayNameHr(), "off by default");
        a.letHrNameHr(true);
        assertTrue(a.hrMayNameHr());
        a.letHrNameHr(false);
        assertFalse(a.hrMayNameHr());
        a.letHrNameHr(true);
        a.close(ADMIN);
        assertFalse(a.hrMayNameHr(), "a closed authority names nobody");
        refused("admin.error.authorityClosed", () -> a.letHrNameHr(true));
        a.letHrNameHr(false);
    }
}

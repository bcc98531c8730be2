package fr.ctgportal.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.ctgportal.model.account.PortalUser.Identity;
import org.junit.jupiter.api.Test;

class PortalUserTest {

    @Test
    void theIdentityKeepsNamesAsTyped() {
        Identity identity = new Identity("sub-1", "Isabelle", "Perrin", "i.perrin@caf.fr", "caf-manager");
        assertEquals("Isabelle", identity.givenName());
        assertEquals("Perrin", identity.familyName());
        assertEquals("i.perrin@caf.fr", identity.email());
    }

    @Test
    void blankClaimsAreAbsentSoThatWhatWasKnownIsKept() {
        Identity identity = new Identity(null, " ", "", null, null);
        assertNull(identity.givenName());
        assertNull(identity.familyName());
    }

    @Test
    void namesKeepAccentsAndOtherScriptsButLoseControlAndBidiCharacters() {
        Identity identity = new Identity(null, "Zoé", "Nguyễn 王\u202E\u0007", null, null);
        assertEquals("Nguyễn 王", identity.familyName());
    }

    @Test
    void anOverLongNameIsCutAtTheColumnWithoutSplittingACharacter() {
        String given = new Identity(null, "😀".repeat(200), null, null, null).givenName();
        assertEquals(150, given.codePointCount(0, given.length()));
        assertEquals("😀", given.substring(given.length() - 2));
    }
}

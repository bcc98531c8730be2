package fr.ctgportal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ctgportal.ejb.platform.PortalException;
import org.junit.jupiter.api.function.Executable;

/** The one check that a use case refuses with a given French message. */
final class Refusals {

    private Refusals() {
    }

    /** Asserts the call is refused with the message {@code key}. */
    static void refused(String key, Executable call) {
        PortalException e = assertThrows(PortalException.class, call);
        assertEquals(key, e.getMessageKey());
    }
}

package fr.ctgportal.ejb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The portal's one clock: the time of the Gard, where the Caf and the authorities are (a decision is
 * made for the date of the day there). Use cases inject {@link Clock} and read
 * {@code LocalDate.now(clock)} or {@code clock.instant()}; nothing else reads the system time, so a
 * test deployment can replace this producer with a clock set to the day it needs.
 */
@ApplicationScoped
public class PortalTime {

    /** Where the Caf and the authorities are. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}

package fr.ctgportal.ejb.doctrine;

import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.Doctrine;
import fr.ctgportal.model.doctrine.FundingDecision;
import fr.ctgportal.model.doctrine.PostSituation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The one way the use cases apply the doctrine: {@link Doctrine#standard()} with French texts, on
 * the date of the day in the Gard. Every figure the portal shows (post verdicts, territory totals,
 * simulations) goes through {@link #evaluate}; no formula is repeated elsewhere.
 */
public final class PortalDoctrine {

    /** Where the Caf and the authorities are: a decision is made for the date of the day there. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** The language of the decisions (findings, steps). */
    public static final Locale LOCALE = Locale.FRENCH;

    private static final Doctrine DOCTRINE = Doctrine.standard();

    private PortalDoctrine() {
    }

    /** @return the date of the day in the Gard */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /**
     * @return the doctrine's decision, in French
     * @throws fr.ctgportal.model.doctrine.InvalidSituationException if an input is invalid
     */
    public static FundingDecision evaluate(PostSituation situation, CompliancePhase phase, LocalDate on) {
        return DOCTRINE.evaluate(situation, phase, on, LOCALE);
    }
}

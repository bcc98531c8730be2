package fr.ctgportal.ejb.doctrine;

import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.Doctrine;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.doctrine.FundingDecision;
import fr.ctgportal.model.doctrine.ParameterTimeline;
import fr.ctgportal.model.doctrine.ParameterValue;
import fr.ctgportal.model.doctrine.PostSituation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The one way the use cases apply the doctrine: {@link Doctrine#standard()} and the parameter
 * changes recorded by the Caf, with French texts, on
 * the date of the day in the Gard. Every figure the portal shows (post verdicts, territory totals,
 * simulations) goes through {@link #evaluate}; no formula is repeated elsewhere.
 */
public final class PortalDoctrine {

    /** Where the Caf and the authorities are: a decision is made for the date of the day there. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** The language of the decisions (findings, steps). */
    public static final Locale LOCALE = Locale.FRENCH;

    /** The shipped values plus the changes the Caf recorded ({@link DoctrineParameters} loads them). */
    private static volatile Doctrine doctrine = Doctrine.standard();

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
        return doctrine.evaluate(situation, phase, on, LOCALE);
    }

    /** @return the months a vacant post stays funded, by the doctrine's value on that day */
    public static int vacancyGraceMonths(LocalDate on) {
        return doctrine.parametersAt(on).value(DoctrineParameter.VACANCY_GRACE_MONTHS).intValueExact();
    }

    /** @return every dated parameter value in force or to come */
    public static ParameterTimeline parameters() {
        return doctrine.parameters();
    }

    /** Applies the shipped values plus these recorded changes from now on (start-up, after a change). */
    static void use(List<ParameterValue> changes) {
        ParameterTimeline timeline = Doctrine.standard().parameters();
        for (ParameterValue change : changes) {
            timeline = timeline.with(change);
        }
        doctrine = Doctrine.of(timeline);
    }
}

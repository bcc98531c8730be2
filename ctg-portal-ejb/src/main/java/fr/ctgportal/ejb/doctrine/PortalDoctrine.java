package fr.ctgportal.ejb.doctrine;

import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.Doctrine;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.doctrine.FundingDecision;
import fr.ctgportal.model.doctrine.ParameterChange;
import fr.ctgportal.model.doctrine.ParameterTimeline;
import fr.ctgportal.model.doctrine.ParameterValue;
import fr.ctgportal.model.doctrine.PostSituation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * The one way the use cases apply the doctrine: {@link Doctrine#standard()} plus the parameter
 * changes the Caf recorded, with French texts. Every figure the portal shows (post verdicts,
 * territory totals, simulations, decisions) goes through {@link #current()}; no formula is repeated
 * elsewhere.
 *
 * <p>Correct on several nodes: the recorded changes are the database's, not a copy kept where a
 * change was made. A read compares a cheap mark of the recorded changes (their count and last id:
 * they are only ever added) with the one the doctrine was built from, and rebuilds it when they
 * differ; the mark is read at most once a second, and at once on the node where a change was just
 * committed. A change applies from a future day only, so that second never alters a figure of today.
 */
@ApplicationScoped
public class PortalDoctrine {

    @Inject
    private ParameterChanges changes;

    /** How long a read trusts the last look at the recorded changes, in nanoseconds. */
    private static final long RECHECK_NANOS = 1_000_000_000L;

    /** The doctrine in use, the mark of the recorded changes it was built from, when that mark was read. */
    private record Built(Doctrine doctrine, List<Object> mark, long checkedAt) {
    }

    /** Null until the first read, and after a change was committed on this node. */
    private volatile Built built;

    /**
     * @return the doctrine with every recorded change, rebuilt when the record moved
     */
    public Doctrine current() {
        Built known = built;
        long now = System.nanoTime();
        if (known != null && now - known.checkedAt() < RECHECK_NANOS) {
            return known.doctrine();
        }
        List<Object> mark = changes.mark();
        Doctrine doctrine = known != null && mark.equals(known.mark())
                ? known.doctrine()
                : build(changes.inOrder().stream().map(ParameterChange::toValue).toList());
        built = new Built(doctrine, mark, now);
        return doctrine;
    }

    /** A Caf manager's change was committed: the next read on this node looks at the record at once. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed event) {
        built = null;
    }

    /** Fired when a Caf manager recorded a new parameter value. */
    public record Changed(long changeId) {
    }

    /**
     * @return the doctrine's decision, in French
     * @throws fr.ctgportal.model.doctrine.InvalidSituationException if an input is invalid
     */
    public FundingDecision evaluate(PostSituation situation, CompliancePhase phase, LocalDate on) {
        return current().evaluate(situation, phase, on, Texts.LOCALE);
    }

    /** @return the months a vacant post stays funded, by the doctrine's value on that day */
    public int vacancyGraceMonths(LocalDate on) {
        return current().parametersAt(on).value(DoctrineParameter.VACANCY_GRACE_MONTHS).intValueExact();
    }

    /** @return every dated parameter value in force or to come */
    public ParameterTimeline parameters() {
        return current().parameters();
    }

    /** The shipped values plus these recorded changes, in order. */
    static Doctrine build(List<ParameterValue> changes) {
        ParameterTimeline timeline = Doctrine.standard().parameters();
        for (ParameterValue change : changes) {
            timeline = timeline.with(change);
        }
        return Doctrine.of(timeline);
    }
}

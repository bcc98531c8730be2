package fr.ctgportal.ejb.post;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.Doctrine;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.doctrine.EmployerKind;
import fr.ctgportal.model.doctrine.FundingDecision;
import fr.ctgportal.model.doctrine.InvalidSituationException;
import fr.ctgportal.model.doctrine.PostFunction;
import fr.ctgportal.model.doctrine.PostOrigin;
import fr.ctgportal.model.doctrine.PostSituation;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.territory.Territory;
import jakarta.enterprise.inject.spi.CDI;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The doctrine's verdict on a stored post, for the phase its territory is in on the evaluation date
 * (from the territory's renewal and phase-3 dates), or why it could not be given. The doctrine is
 * {@link PortalDoctrine#current()}, read once by the caller for all the posts it evaluates.
 *
 * @param situation   what the doctrine was asked about
 * @param phase       the territory's phase on that date; null when its dates are inconsistent
 * @param evaluatedOn the date of the evaluation (the day in the Gard)
 * @param decision    the doctrine's decision; null when it could not be computed
 * @param problem     when {@code decision} is null: the doctrine's French explanation (a bad date of
 *                    the territory, an invalid figure of the post); null otherwise
 */
public record PostVerdict(PostSituation situation, CompliancePhase phase, LocalDate evaluatedOn,
        FundingDecision decision, String problem) implements Serializable {

    /** Evaluates the post on that date, never throwing for bad data: the problem is reported instead. */
    public static PostVerdict of(Doctrine doctrine, CooperationPost post, LocalDate on) {
        if (post.isUnfundedByOpinion()) {
            return new PostVerdict(post.situation(), null, on, null, text("verdict.unfundedByOpinion"));
        }
        if (post.getFundingEndedOn() != null) {
            return new PostVerdict(post.situation(), null, on, null,
                    text("verdict.fundingEnded", DoctrineFormats.date(post.getFundingEndedOn())));
        }
        return of(doctrine, post.situation(), post.getTerritory(), on);
    }

    private static String text(String key, Object... args) {
        return MessageFormat.format(ResourceBundle.getBundle("fr.ctgportal.ejb.post.verdicts", Texts.LOCALE)
                .getString(key), args);
    }

    /** Evaluates a situation for a post of that territory (e.g. a planned new post), never throwing. */
    public static PostVerdict of(Doctrine doctrine, PostSituation situation, Territory territory, LocalDate on) {
        CompliancePhase phase;
        try {
            phase = CompliancePhase.at(territory.getCtgRenewal(), territory.getPhase3Deadline(), on);
        } catch (InvalidSituationException e) {
            return new PostVerdict(situation, null, on, null, e.getMessage());
        }
        return evaluate(doctrine, situation, phase, on);
    }

    private static PostVerdict evaluate(Doctrine doctrine, PostSituation situation, CompliancePhase phase,
            LocalDate on) {
        try {
            return new PostVerdict(situation, phase, on, doctrine.evaluate(situation, phase, on, Texts.LOCALE), null);
        } catch (InvalidSituationException e) {
            return new PostVerdict(situation, phase, on, null, e.getMessage());
        }
    }

    /**
     * The portal's doctrine where no bean can be injected: a verdict read back from a serialized view is evaluated
     * again under the parameters recorded now (values it was built with apply, since they are dated).
     */
    private static Doctrine portalDoctrine() {
        return CDI.current().select(PortalDoctrine.class).get().current();
    }

    /** @return true when the doctrine gave a decision */
    public boolean evaluated() {
        return decision != null;
    }

    /** @return the Caf funding according to the doctrine, or null when not evaluated */
    public BigDecimal cafFunding() {
        return decision == null ? null : decision.cafFunding();
    }

    // The doctrine's records are not serializable: a verdict travels as its inputs and is recomputed
    // on the same date, with the same dated parameters, hence the same decision.
    @Serial
    private Object writeReplace() {
        return new Inputs(this);
    }

    private static final class Inputs implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private final BigDecimal annualCost;
        private final BigDecimal employmentFte;
        private final BigDecimal cooperationShare;
        private final PostOrigin origin;
        private final LinkedHashSet<PostFunction> functions;
        private final Qualification qualification;
        private final EmployerKind employer;
        private final BigDecimal cofinancing;
        private final LocalDate vacantSince;
        private final CompliancePhase phase;
        private final LocalDate evaluatedOn;
        private final String problem;

        Inputs(PostVerdict v) {
            PostSituation s = v.situation();
            annualCost = s.annualCost();
            employmentFte = s.employmentFte();
            cooperationShare = s.cooperationShare();
            origin = s.origin();
            functions = s.functions() == null ? null : new LinkedHashSet<>(s.functions());
            qualification = s.qualification();
            employer = s.employer();
            cofinancing = s.authorityCofinancingShare();
            vacantSince = s.vacantSince();
            phase = v.phase();
            evaluatedOn = v.evaluatedOn();
            problem = v.problem();
        }

        @Serial
        private Object readResolve() {
            Set<PostFunction> f = functions;
            PostSituation s = new PostSituation(annualCost, employmentFte, cooperationShare, origin, f,
                    qualification, employer, cofinancing, vacantSince);
            return problem != null || phase == null
                    ? new PostVerdict(s, phase, evaluatedOn, null, problem)
                    : evaluate(portalDoctrine(), s, phase, evaluatedOn);
        }
    }
}

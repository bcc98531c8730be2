package fr.ctgportal.model.doctrine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The funding rule and the compliance rules of the Caf du Gard doctrine for the "chargés de
 * coopération Ctg" posts (Commission d'Action Sociale of 15/11/2024), with the ceiling of the Cnaf
 * job reference (mission sheet of April 2024).
 *
 * <p><b>Funding.</b> eligible cost = min(annual cost, ceiling × employment FTE) × cooperation
 * share; Caf funding = Caf rate × eligible cost, rounded to the cent (half up) at the end. The
 * doctrine's example: cost 50,000 €, full time, half of it on the mission → capped to 48,000 €,
 * 24,000 € eligible, 12,000 € of Caf funding (24,000 € for the full time on the mission, 6,000 €
 * for a quarter). Cooperation FTE = employment FTE × cooperation share.
 *
 * <p><b>Rules</b> (figures are {@link DoctrineParameter parameters}; a threshold met exactly is
 * compliant):
 * <table>
 * <caption>Findings</caption>
 * <tr><th>rule</th><th>finding</th><th>severity</th></tr>
 * <tr><td>existing post, cooperation share &lt; 25 %</td><td>SHARE_BELOW_25</td>
 * <td>warning in phase 1, blocking from phase 2 (the renewal)</td></tr>
 * <tr><td>new post, share &lt; 50 %</td><td>NEW_POST_SHARE_BELOW_50</td><td>blocking</td></tr>
 * <tr><td>new post, cooperation FTE &lt; 0.5</td><td>NEW_POST_BELOW_HALF_FTE</td><td>blocking</td></tr>
 * <tr><td>administrative assistant</td><td>ADMINISTRATIVE_ASSISTANT</td>
 * <td>warning in phase 1, blocking from phase 2</td></tr>
 * <tr><td>secrétaire général, DGS, DGA, directeur de service</td><td>DIRECTOR_FUNCTION</td>
 * <td>warning in phases 1 and 2, blocking in phase 3</td></tr>
 * <tr><td>qualification below Bac+2</td><td>QUALIFICATION_BELOW_BAC2</td>
 * <td>blocking for a new post, warning for an existing one</td></tr>
 * <tr><td>employer not a signatory authority nor its provider</td><td>EMPLOYER_NOT_SIGNATORY</td>
 * <td>blocking</td></tr>
 * <tr><td>employer is a provider of the authority (exception to justify)</td><td>PROVIDER_EXCEPTION</td>
 * <td>warning</td></tr>
 * <tr><td>authority co-financing &lt; 50 %</td><td>COFINANCING_BELOW_50</td><td>blocking</td></tr>
 * <tr><td>post already funded by a prestation de service</td><td>SERVICE_FUNDED_POST</td><td>warning</td></tr>
 * <tr><td>vacant, within the first 2 months (see {@link VacancyGrace})</td><td>VACANT_WITHIN_GRACE</td>
 * <td>warning</td></tr>
 * <tr><td>vacant beyond them</td><td>VACANCY_GRACE_EXPIRED</td><td>blocking</td></tr>
 * </table>
 * The 25 % rule is not applied to a new post: the stricter 50 % rule already covers it. A decision
 * with a blocking finding is not funded: its Caf funding is 0.00, its eligible cost and steps are
 * still given.
 *
 * <p>Immutable and thread-safe. The parameters in force on the evaluation date are read from a
 * {@link ParameterTimeline} and recorded in the decision, so a value dated later never changes a
 * decision made for an earlier date.
 */
public final class Doctrine {

    private static final BigDecimal NO_FUNDING = new BigDecimal("0.00");

    private final ParameterTimeline timeline;

    private Doctrine(ParameterTimeline timeline) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
    }

    /** @return the doctrine with the parameters shipped with the portal ({@link StandardParameters}) */
    public static Doctrine standard() {
        return new Doctrine(StandardParameters.timeline());
    }

    /** @return the doctrine applying these parameters (e.g. loaded from the database) */
    public static Doctrine of(ParameterTimeline timeline) {
        return new Doctrine(timeline);
    }

    /**
     * @param parameter the figure that changes
     * @param validFrom first day of the new value
     * @param value     the new value, in the parameter's unit (euros, fraction, FTE, months)
     * @param source    the text deciding the change
     * @return a new doctrine with that dated value added (this one is unchanged)
     * @throws IllegalArgumentException if the value does not fit the parameter
     */
    public Doctrine with(DoctrineParameter parameter, LocalDate validFrom, BigDecimal value, String source) {
        return new Doctrine(timeline.with(new ParameterValue(parameter, validFrom, value, source)));
    }

    /** @return every dated value this doctrine knows */
    public ParameterTimeline parameters() {
        return timeline;
    }

    /** @return the values in force on that date */
    public ParameterSnapshot parametersAt(LocalDate on) {
        return timeline.snapshotAt(on);
    }

    /** Evaluates with French messages; see {@link #evaluate(PostSituation, CompliancePhase, LocalDate, Locale)}. */
    public FundingDecision evaluate(PostSituation situation, CompliancePhase phase, LocalDate on) {
        return evaluate(situation, phase, on, DoctrineMessages.DEFAULT_LOCALE);
    }

    /**
     * @param situation the post
     * @param phase     the compliance phase of its territory on that date ({@link CompliancePhase#at})
     * @param on        the date the decision is made for: it selects the parameters
     * @param locale    language of the findings and steps (French if null or not translated)
     * @return the decision
     * @throws InvalidSituationException if an input is missing or invalid, or no parameter is in force
     */
    public FundingDecision evaluate(PostSituation situation, CompliancePhase phase, LocalDate on, Locale locale) {
        DoctrineMessages french = DoctrineMessages.french();
        SituationValidator.require(on, "on", "field.on", french);
        SituationValidator.require(phase, "phase", "field.phase", french);
        SituationValidator.validate(situation, on);
        ParameterSnapshot parameters = timeline.snapshotAt(on);
        DoctrineMessages messages = DoctrineMessages.of(locale);

        FundingCalculator.Result amounts = FundingCalculator.compute(situation, parameters, messages);
        List<Finding> findings = ComplianceRules.check(situation, phase, on, parameters, messages);
        boolean funded = findings.stream().noneMatch(Finding::blocking);
        List<ComputationStep> steps = new ArrayList<>(amounts.steps());
        if (!funded) {
            steps.add(FundingCalculator.step(StepCode.FUNDING_REFUSED, NO_FUNDING, messages));
        }
        return new FundingDecision(funded, amounts.eligibleCost(), funded ? amounts.cafFunding() : NO_FUNDING,
                amounts.cooperationFte(), findings, parameters, on, phase, steps);
    }
}

package fr.ctgportal.model.doctrine;

import java.time.LocalDate;

/**
 * The three phases of the compliance plan (doctrine of 15/11/2024, "3 phases, au fur et à mesure
 * des renouvellements ... à commencer par les renouvellements au 1er janvier 2026"):
 * <ol>
 * <li>PHASE_1, before the territory's Ctg renewal: evaluations on the indicators; non-compliant
 * posts are only warned;</li>
 * <li>PHASE_2, from the renewal: weighing of the posts, exclusion under 25 % of the working time
 * and of administrative assistants;</li>
 * <li>PHASE_3, from the deadline the Caf sets before the end of the renewed Ctg: exclusion of
 * director functions.</li>
 * </ol>
 */
public enum CompliancePhase {
    PHASE_1, PHASE_2, PHASE_3;

    /**
     * The first day of the plan: phase 1 (the evaluations) applies from it to every territory with
     * funded posts, whatever its renewal (doctrine of 15/11/2024: "se déroulera en 3 phases ... et à
     * compter de 2025 : 1ère phase pour l'ensemble des territoires couverts par une CTG et financés").
     */
    public static final LocalDate PLAN_START = LocalDate.of(2025, 1, 1);

    /**
     * When phase 1 starts for a territory: the start of the plan, or of the territory's Ctg if later;
     * null for a territory without funded posts (the plan does not concern it).
     */
    public static LocalDate phase1From(LocalDate ctgStart, int fundedPosts) {
        if (fundedPosts <= 0) {
            return null;
        }
        return ctgStart != null && ctgStart.isAfter(PLAN_START) ? ctgStart : PLAN_START;
    }

    /**
     * The phase of a territory on a date. Bounds are inclusive: the renewal day is already in
     * phase 2, the phase-3 deadline day already in phase 3.
     *
     * @param renewalDate   date of the territory's Ctg renewal, null if not set yet (then phase 1,
     *                      whatever the phase-3 deadline)
     * @param phase3Deadline date from which director functions are excluded, null if not set yet
     * @param on            the date of the evaluation, required
     * @return the phase in force on that date
     * @throws IllegalArgumentException if {@code on} is null or the deadline precedes the renewal
     */
    public static CompliancePhase at(LocalDate renewalDate, LocalDate phase3Deadline, LocalDate on) {
        DoctrineMessages messages = DoctrineMessages.french();
        if (on == null) {
            throw new InvalidSituationException("on", messages.text("invalid.missing", messages.text("field.on")));
        }
        if (renewalDate == null) {
            return PHASE_1; // phase 2 and 3 only exist within a renewed Ctg
        }
        if (phase3Deadline != null && phase3Deadline.isBefore(renewalDate)) {
            throw new InvalidSituationException("phase3Deadline", messages.text("invalid.phase3_deadline",
                    DoctrineFormats.date(phase3Deadline), DoctrineFormats.date(renewalDate)));
        }
        if (on.isBefore(renewalDate)) {
            return PHASE_1;
        }
        return phase3Deadline != null && !on.isBefore(phase3Deadline) ? PHASE_3 : PHASE_2;
    }
}

package fr.ctgportal.model.recruitment;

import fr.ctgportal.model.doctrine.CooperationFte;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.shared.TextLimit;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a job description says, structured after the national job reference: missions mapped to the
 * reference's expected outcomes, its activities, the thematic fields, the share of time on the
 * cooperation mission, the position in the authority's organisation, the frameworks and minimum
 * qualification sought, the cost and its co-financing. A draft may be incomplete;
 * {@link #missingItems()} says what a submission still lacks.
 *
 * @param missions            missions per expected outcome; outcomes without missions are absent
 * @param employmentFte       working time of the employment, in (0, 1]
 * @param cooperationShare    share of that time on the cooperation mission, in (0, 1]
 * @param annualCost          planned annual cost of the employment, in euros
 * @param cofinancingShare    share of the cost financed by the authority, in [0, 1]
 * @param cofinancing         how the post is co-financed, in words
 */
public record JobDescriptionContent(Map<ReferenceOutcome, String> missions, Set<ReferenceActivity> activities,
        Set<ThematicField> themes, BigDecimal employmentFte,
        BigDecimal cooperationShare, String organisation,
        Set<EmploymentFramework> frameworks, Qualification minimumQualification,
        BigDecimal annualCost, BigDecimal cofinancingShare, String cofinancing) implements Serializable {

    public JobDescriptionContent {
        EnumMap<ReferenceOutcome, String> kept = new EnumMap<>(ReferenceOutcome.class);
        if (missions != null) {
            missions.forEach((outcome, text) -> {
                if (outcome != null && text != null && !text.isBlank()) {
                    kept.put(outcome, TextLimit.lineFeeds(text).strip());
                }
            });
        }
        missions = Collections.unmodifiableMap(kept);
        activities = copy(activities, ReferenceActivity.class);
        themes = copy(themes, ThematicField.class);
        frameworks = copy(frameworks, EmploymentFramework.class);
        organisation = blankToNull(organisation);
        cofinancing = blankToNull(cofinancing);
    }

    /** An empty description, to start from. */
    public static JobDescriptionContent empty() {
        return new JobDescriptionContent(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** @return the items a submission still lacks, in the review's order; empty when complete */
    public Set<DescriptionItem> missingItems() {
        Set<DescriptionItem> missing = EnumSet.noneOf(DescriptionItem.class);
        if (missions.isEmpty() || activities.isEmpty()) {
            missing.add(DescriptionItem.MISSIONS);
        }
        if (themes.isEmpty()) {
            missing.add(DescriptionItem.THEMES);
        }
        if (employmentFte == null || cooperationShare == null) {
            missing.add(DescriptionItem.TIME_SHARE);
        }
        if (organisation == null) {
            missing.add(DescriptionItem.ORGANISATION);
        }
        if (frameworks.isEmpty()) {
            missing.add(DescriptionItem.FRAMEWORK);
        }
        if (minimumQualification == null) {
            missing.add(DescriptionItem.QUALIFICATION);
        }
        if (annualCost == null || cofinancingShare == null || cofinancing == null) {
            missing.add(DescriptionItem.COFINANCING);
        }
        return missing;
    }

    /**
     * @return the bundle keys of the values out of bounds (a draft is saved only without any);
     *         missing values are not errors here, see {@link #missingItems()}
     */
    public List<String> invalidValues() {
        List<String> errors = new ArrayList<>();
        if (employmentFte != null && (employmentFte.signum() <= 0 || employmentFte.compareTo(BigDecimal.ONE) > 0
                || employmentFte.scale() > 2)) {
            errors.add("recruitment.error.employmentFte");
        }
        if (cooperationShare != null && (cooperationShare.signum() <= 0
                || cooperationShare.compareTo(BigDecimal.ONE) > 0 || cooperationShare.scale() > 4)) {
            errors.add("recruitment.error.cooperationShare");
        }
        if (annualCost != null && (annualCost.signum() <= 0 || annualCost.scale() > 2
                || annualCost.compareTo(new BigDecimal("99999999.99")) > 0)) {
            errors.add("recruitment.error.annualCost");
        }
        if (cofinancingShare != null && (cofinancingShare.signum() < 0
                || cofinancingShare.compareTo(BigDecimal.ONE) > 0 || cofinancingShare.scale() > 4)) {
            errors.add("recruitment.error.cofinancingShare");
        }
        if (minimumQualification != null && !minimumQualification.meetsMinimum()) {
            errors.add("recruitment.error.qualificationBelowBac2");
        }
        boolean tooLong = missions.values().stream().anyMatch(JobDescriptionContent::tooLong)
                || tooLong(organisation) || tooLong(cofinancing);
        if (tooLong) {
            errors.add("recruitment.error.textTooLong");
        }
        return errors;
    }

    /** @return the items whose content differs from the previous version's */
    public Set<DescriptionItem> changedSince(JobDescriptionContent previous) {
        Set<DescriptionItem> changed = EnumSet.noneOf(DescriptionItem.class);
        if (!missions.equals(previous.missions) || !activities.equals(previous.activities)) {
            changed.add(DescriptionItem.MISSIONS);
        }
        if (!themes.equals(previous.themes)) {
            changed.add(DescriptionItem.THEMES);
        }
        if (!sameNumber(employmentFte, previous.employmentFte)
                || !sameNumber(cooperationShare, previous.cooperationShare)) {
            changed.add(DescriptionItem.TIME_SHARE);
        }
        if (!Objects.equals(organisation, previous.organisation)) {
            changed.add(DescriptionItem.ORGANISATION);
        }
        if (!frameworks.equals(previous.frameworks)) {
            changed.add(DescriptionItem.FRAMEWORK);
        }
        if (minimumQualification != previous.minimumQualification) {
            changed.add(DescriptionItem.QUALIFICATION);
        }
        if (!sameNumber(annualCost, previous.annualCost) || !sameNumber(cofinancingShare, previous.cofinancingShare)
                || !Objects.equals(cofinancing, previous.cofinancing)) {
            changed.add(DescriptionItem.COFINANCING);
        }
        return changed;
    }

    /** @return the cooperation FTE the description plans (employment FTE × share), or null */
    public BigDecimal cooperationFte() {
        return CooperationFte.of(employmentFte, cooperationShare);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * Checks every text as {@link TextLimit#DESCRIPTION}, so that a refusal states the length and the
     * limit (and a bidirectional control is refused); {@link #invalidValues()} only names the rule.
     *
     * @throws DomainRuleException as {@link TextLimit#optional(String)}
     */
    public void checkTexts() {
        missions.values().forEach(TextLimit.DESCRIPTION::optional);
        TextLimit.DESCRIPTION.optional(organisation);
        TextLimit.DESCRIPTION.optional(cofinancing);
    }

    private static boolean tooLong(String text) {
        return TextLimit.length(text) > TextLimit.DESCRIPTION.max();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : TextLimit.lineFeeds(text).strip();
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(copy::add);
        }
        return Collections.unmodifiableSet(copy);
    }
}

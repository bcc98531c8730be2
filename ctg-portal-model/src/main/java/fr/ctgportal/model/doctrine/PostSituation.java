package fr.ctgportal.model.doctrine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the doctrine needs to know about a post to decide its funding.
 *
 * <p>Shares and FTE are fractions (0.5 = 50 %). The record accepts any value so that a form can
 * hold a draft; {@link Doctrine#evaluate} refuses an invalid one (see {@link SituationValidator}).
 *
 * @param annualCost                annual cost of the employment in euros, &gt; 0
 * @param employmentFte             working time of the employment in FTE, in (0, 1]
 * @param cooperationShare          part of that time spent on the cooperation mission ("quotité",
 *                                  agreed in the weighing), in [0, 1]
 * @param origin                    existing post or new post (development)
 * @param functions                 other functions singled out by the doctrine; may be empty
 * @param qualification             qualification level of the person
 * @param employer                  who employs the person
 * @param authorityCofinancingShare share of the post's cost financed by the authority, in [0, 1]
 * @param vacantSince               first day of the vacancy (long absence or departure), null when
 *                                  the post is filled
 */
public record PostSituation(BigDecimal annualCost, BigDecimal employmentFte, BigDecimal cooperationShare,
        PostOrigin origin, Set<PostFunction> functions, Qualification qualification,
        EmployerKind employer, BigDecimal authorityCofinancingShare, LocalDate vacantSince) {

    public PostSituation {
        // Defensive copy that keeps nulls so that the validator, not the constructor, reports them.
        functions = functions == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(functions));
    }

    /** @return true when the situation declares that function */
    public boolean has(PostFunction function) {
        return functions != null && functions.contains(function);
    }

    /** @return a copy of this situation, vacant since the given day (null: filled) */
    public PostSituation withVacantSince(LocalDate day) {
        return new PostSituation(annualCost, employmentFte, cooperationShare, origin, functions, qualification,
                employer, authorityCofinancingShare, day);
    }
}

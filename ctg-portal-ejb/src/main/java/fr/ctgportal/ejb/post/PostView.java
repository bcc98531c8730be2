package fr.ctgportal.ejb.post;

import fr.ctgportal.model.doctrine.Doctrine;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.doctrine.PostOrigin;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.post.PostStatus;
import fr.ctgportal.model.post.VacancyCause;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A cooperation post as a screen shows it, with the doctrine's verdict for its territory's current
 * phase ({@code currentFunding} is the pilotage bonus paid today, kept for comparison); {@code reference}
 * tells posts of the same title apart ({@link CooperationPost#getReference()}).
 */
public record PostView(long id, long version, String reference, String title, String holderName, long territoryId,
        String territoryName, String employerName, String employerSiren, BigDecimal employmentFte,
        BigDecimal cooperationShare, BigDecimal cooperationFte, BigDecimal annualCost,
        PostOrigin origin, PostStatus status, Qualification qualification, LocalDate vacantSince,
        BigDecimal currentFunding, VacancyCause vacancyCause, LocalDate fundingSuspendedOn,
        boolean unfundedByOpinion, PostVerdict verdict, String officerUsername, boolean ctgLead,
        boolean departureAnnounced, LocalDate fundedUntil, String holderBeforeVacancy, LocalDate fundingEndedOn)
        implements
            Serializable {

    /**
     * The post with the doctrine's verdict on it (one evaluation per post) and, during a vacancy
     * (declared or announced), the last day it stays funded by the doctrine's grace period in force
     * on the vacancy's first day.
     */
    public static PostView of(Doctrine doctrine, CooperationPost p, PostVerdict verdict) {
        LocalDate fundedUntil = p.getVacantSince() == null
                ? null
                : p.fundedUntil(doctrine.parametersAt(p.getVacantSince())
                        .value(DoctrineParameter.VACANCY_GRACE_MONTHS).intValueExact());
        return new PostView(p.getId(), p.getVersion(), p.getReference(), p.getTitle(), p.getHolderName(),
                p.getTerritory().getId(),
                p.getTerritory().getName(), p.getEmployer().getName(), p.getEmployer().getSiren(),
                p.getEmploymentFte(), p.getCooperationShare(), p.getCooperationFte(), p.getAnnualCost(),
                p.getOrigin(), p.getStatus(), p.getQualification(), p.getVacantSince(), p.getCurrentFunding(),
                p.getVacancyCause(), p.getFundingSuspendedOn(), p.isUnfundedByOpinion(), verdict,
                p.getOfficerUsername(), p.isCtgLead(), p.isDepartureAnnounced(), fundedUntil,
                p.getHolderBeforeVacancy(), p.getFundingEndedOn());
    }
}

package fr.ctgportal.model.doctrine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The parameter values shipped with the portal, declared here and nowhere else.
 *
 * <p>The 48,000 € ceiling is the "coût indicatif Etp" of the Cnaf job reference (mission sheet,
 * update of April 2024; no day is given, the 1st is used), which the Caf du Gard doctrine recalls
 * as the ceiling ("co-financement à 50 % des dépenses limité à un plafond de 48 000 € / 1 ETP").
 * The other figures come from the doctrine presented to the Commission d'Action Sociale on
 * 15/11/2024 and apply from that day. Before these dates the portal has no doctrine to apply and
 * refuses to evaluate.
 */
public final class StandardParameters {

    /** Date of the Caf du Gard doctrine (Commission d'Action Sociale). */
    public static final LocalDate DOCTRINE_DATE = LocalDate.of(2024, 11, 15);
    /** Date of the Cnaf mission sheet ("mise à jour avril 2024"). */
    public static final LocalDate CNAF_SHEET_DATE = LocalDate.of(2024, 4, 1);

    /** Citation of the doctrine. */
    public static final String DOCTRINE_SOURCE = "Caf du Gard, démarche de mise en conformité des postes de "
            + "chargé de coopération Ctg, doctrine présentée en Commission d’Action Sociale le 15/11/2024";
    /** Citation of the Cnaf sheet. */
    public static final String CNAF_SHEET_SOURCE = "Cnaf, fiche de mission du chargé de coopération Ctg/Sdsf, "
            + "mise à jour avril 2024, tableau n° 1 (coût indicatif Etp : 48 000 €), rappelé comme plafond "
            + "par la doctrine de la Caf du Gard du 15/11/2024";

    private StandardParameters() {
    }

    /** @return the timeline of the shipped values */
    public static ParameterTimeline timeline() {
        return ParameterTimeline.empty()
                .with(cnaf(DoctrineParameter.CEILING_PER_FTE, "48000"))
                .with(doctrine(DoctrineParameter.CAF_RATE, "0.50"))
                .with(doctrine(DoctrineParameter.MIN_COOPERATION_SHARE, "0.25"))
                .with(doctrine(DoctrineParameter.MIN_NEW_POST_SHARE, "0.50"))
                .with(doctrine(DoctrineParameter.MIN_NEW_POST_COOPERATION_FTE, "0.5"))
                .with(doctrine(DoctrineParameter.MIN_AUTHORITY_COFINANCING, "0.50"))
                .with(doctrine(DoctrineParameter.VACANCY_GRACE_MONTHS, "2"));
    }

    private static ParameterValue doctrine(DoctrineParameter parameter, String value) {
        return new ParameterValue(parameter, DOCTRINE_DATE, new BigDecimal(value), DOCTRINE_SOURCE);
    }

    private static ParameterValue cnaf(DoctrineParameter parameter, String value) {
        return new ParameterValue(parameter, CNAF_SHEET_DATE, new BigDecimal(value), CNAF_SHEET_SOURCE);
    }
}

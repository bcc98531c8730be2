package fr.ctgportal.model.doctrine;

import java.util.Locale;

/**
 * The rules of the doctrine of 15/11/2024 that can produce a {@link Finding}. The severity of
 * some of them depends on the {@link CompliancePhase} or on the {@link PostOrigin}: see
 * {@link Doctrine}.
 */
public enum FindingCode {
    SHARE_BELOW_25, NEW_POST_SHARE_BELOW_50, NEW_POST_BELOW_HALF_FTE, ADMINISTRATIVE_ASSISTANT, DIRECTOR_FUNCTION, QUALIFICATION_BELOW_BAC2, EMPLOYER_NOT_SIGNATORY, PROVIDER_EXCEPTION, COFINANCING_BELOW_50, SERVICE_FUNDED_POST, VACANT_WITHIN_GRACE, VACANCY_GRACE_EXPIRED;

    /**
     * @param severity the severity the finding was given
     * @return the bundle key of the message, {@code finding.<code>.<severity>} in lower case
     */
    public String messageKey(Severity severity) {
        return "finding." + name().toLowerCase(Locale.ROOT) + "." + severity.name().toLowerCase(Locale.ROOT);
    }
}

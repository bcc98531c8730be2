package fr.ctgportal.model.report;

/** The Caf's conclusion of an end-of-term evaluation. */
public enum RenewalConclusion {
    RENEW, RENEW_WITH_CONDITIONS, DO_NOT_RENEW
}

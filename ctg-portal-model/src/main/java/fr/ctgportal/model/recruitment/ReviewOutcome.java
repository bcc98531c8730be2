package fr.ctgportal.model.recruitment;

/** What the Caf decided on a submitted version of the job description. */
public enum ReviewOutcome {
    AGREED, CHANGES_REQUESTED
}

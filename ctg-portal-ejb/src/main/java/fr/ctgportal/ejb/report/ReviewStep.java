package fr.ctgportal.ejb.report;

import java.io.Serializable;
import java.time.Instant;

/**
 * A step of a report's review by the Caf, as its history shows it: a request for additions, or the
 * annual evaluation that came with its acceptance.
 *
 * @param by the login of who wrote it
 */
public record ReviewStep(Kind kind, String text, String by, Instant at) implements Serializable {

    /** What the Caf wrote. */
    public enum Kind {
        /** "Compléments demandés": the report went back to its officer. */
        ADDITIONS,
        /** The annual evaluation written on acceptance. */
        EVALUATION
    }
}

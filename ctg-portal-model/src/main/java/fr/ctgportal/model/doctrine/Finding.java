package fr.ctgportal.model.doctrine;

import java.util.Objects;

/**
 * The result of one rule of the doctrine on a post, so that the Caf can explain its decision to
 * the authority.
 *
 * @param code     the rule
 * @param severity BLOCKING (the post is not funded) or WARNING
 * @param message  why, and what to do; French unless another locale was asked
 */
public record Finding(FindingCode code, Severity severity, String message) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** @return true when this finding stops the funding */
    public boolean blocking() {
        return severity == Severity.BLOCKING;
    }
}

package fr.ctgportal.ejb.recruitment;

import java.io.Serializable;
import java.time.Instant;

/** One recorded step of a file's history: who, when, what ({@code action} is a bundle key suffix), why. */
public record TimelineEntry(Instant at, String actor, String action, String detail,
        String reason) implements Serializable {
}

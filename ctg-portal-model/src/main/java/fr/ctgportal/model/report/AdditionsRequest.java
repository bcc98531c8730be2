package fr.ctgportal.model.report;

import fr.ctgportal.model.shared.Stamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * One request for additions the Caf made on a report ("compléments demandés"): its comment, who
 * asked and when. A report keeps every request, in order, as its history.
 */
@Embeddable
public class AdditionsRequest {

    @Column(name = "comment", nullable = false)
    private String comment;

    @Column(name = "asked_by", nullable = false, length = 100)
    private String askedBy;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    protected AdditionsRequest() {
        // for JPA
    }

    AdditionsRequest(String comment, Stamp asked) {
        this.comment = comment;
        this.askedBy = asked.by();
        this.askedAt = asked.at();
    }

    public String getComment() { return comment; }
    /** @return who asked for the additions and when */
    public Stamp getAsked() { return Stamp.of(askedBy, askedAt); }
}

package fr.ctgportal.ejb.compliance;

import fr.ctgportal.model.compliance.ComplianceProcedure;
import fr.ctgportal.model.compliance.ProcedureGround;
import fr.ctgportal.model.compliance.ProcedureStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A compliance procedure as the screens show it; {@code late}: no answer after the deadline. */
public record ProcedureView(long id, long version, long postId, String postTitle, String employerName,
                            String territoryName, ProcedureGround ground, ProcedureStatus status, String reasons,
                            LocalDate deadline, String openedBy, Instant openedAt, String commitment,
                            String answeredBy, Instant answeredAt, String closingReasons, String closedBy,
                            Instant closedAt, boolean late) implements Serializable {

    static ProcedureView of(ComplianceProcedure p, LocalDate today) {
        return new ProcedureView(p.getId(), p.getVersion(), p.getPost().getId(), p.getPost().getTitle(),
                p.getPost().getEmployer().getName(), p.getPost().getTerritory().getName(), p.getGround(),
                p.getStatus(), p.getReasons(), p.getDeadline(), p.getOpenedBy(), p.getOpenedAt(), p.getCommitment(),
                p.getAnsweredBy(), p.getAnsweredAt(), p.getClosingReasons(), p.getClosedBy(), p.getClosedAt(),
                p.lateOn(today));
    }

    public boolean closed() {
        return status.closed();
    }
}

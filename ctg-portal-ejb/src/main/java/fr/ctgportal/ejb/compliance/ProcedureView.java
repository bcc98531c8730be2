package fr.ctgportal.ejb.compliance;

import fr.ctgportal.model.compliance.ComplianceProcedure;
import fr.ctgportal.model.compliance.ProcedureGround;
import fr.ctgportal.model.compliance.ProcedureStatus;
import fr.ctgportal.model.shared.Stamp;
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
        Stamp answered = p.getAnswered();
        Stamp closed = p.getClosed();
        return new ProcedureView(p.getId(), p.getVersion(), p.getPost().getId(), p.getPost().getTitle(),
                p.getPost().getEmployer().getName(), p.getPost().getTerritory().getName(), p.getGround(),
                p.getStatus(), p.getReasons(), p.getDeadline(), p.getOpened().by(), p.getOpened().at(),
                p.getCommitment(), answered == null ? null : answered.by(), answered == null ? null : answered.at(),
                p.getClosingReasons(), closed == null ? null : closed.by(), closed == null ? null : closed.at(),
                p.lateOn(today));
    }

    public boolean closed() {
        return status.closed();
    }
}

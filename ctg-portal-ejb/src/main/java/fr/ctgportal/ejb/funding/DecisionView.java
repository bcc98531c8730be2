package fr.ctgportal.ejb.funding;

import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.funding.DecisionLine;
import fr.ctgportal.model.funding.DecisionStatus;
import fr.ctgportal.model.funding.PostFundingDecision;
import fr.ctgportal.model.shared.Stamp;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A stored funding decision as the reader sees it, with what the doctrine said when it was prepared. */
public record DecisionView(long id, long version, long postId, String postTitle, String employerName,
        String territoryName, int year, DecisionStatus status, boolean funded,
        BigDecimal cafFunding, BigDecimal eligibleCost, BigDecimal cooperationFte,
        BigDecimal annualCost, CompliancePhase phase, LocalDate evaluatedOn, int weighingNumber,
        List<Line> findings, List<Line> steps, List<Line> parameters, String preparedBy,
        Instant preparedAt, String decidedBy, Instant decidedAt, String returnReason)
        implements
            Serializable {

    /** A finding (code, severity, text), a step (code, text, amount) or a parameter (code, source, value, from). */
    public record Line(String code, String qualifier, String text, BigDecimal amount, LocalDate validFrom)
            implements
                Serializable {
    }

    static DecisionView of(PostFundingDecision d) {
        Optional<Stamp> decided = Optional.ofNullable(d.getDecided());
        return new DecisionView(d.getId(), d.getVersion(), d.getPost().getId(), d.getPost().getTitle(),
                d.getPost().getEmployer().getName(), d.getPost().getTerritory().getName(), d.getYear(), d.getStatus(),
                d.isFunded(), d.getCafFunding(), d.getEligibleCost(), d.getCooperationFte(), d.getAnnualCost(),
                d.getPhase(), d.getEvaluatedOn(), d.getWeighing().getNumber(), lines(d.getFindings()),
                lines(d.getSteps()), lines(d.getParameters()), d.getPrepared().by(), d.getPrepared().at(),
                decided.map(Stamp::by).orElse(null), decided.map(Stamp::at).orElse(null), d.getReturnReason());
    }

    private static List<Line> lines(List<DecisionLine> lines) {
        return lines.stream().map(l -> new Line(l.getCode(), l.getQualifier(), l.getText(), l.getAmount(),
                l.getValidFrom())).toList();
    }
}

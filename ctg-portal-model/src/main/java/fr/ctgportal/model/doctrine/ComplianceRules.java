package fr.ctgportal.model.doctrine;

import static fr.ctgportal.model.doctrine.DoctrineFormats.date;
import static fr.ctgportal.model.doctrine.DoctrineFormats.decimal;
import static fr.ctgportal.model.doctrine.DoctrineFormats.percent;
import static fr.ctgportal.model.doctrine.Severity.BLOCKING;
import static fr.ctgportal.model.doctrine.Severity.WARNING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The eligibility and compliance rules of the doctrine of 15/11/2024, one finding per rule not
 * met, in the order of {@link FindingCode}. The table of rules is in {@link Doctrine}.
 */
final class ComplianceRules {

    private final PostSituation s;
    private final CompliancePhase phase;
    private final ParameterSnapshot p;
    private final DoctrineMessages m;
    private final List<Finding> findings = new ArrayList<>();

    private ComplianceRules(PostSituation s, CompliancePhase phase, ParameterSnapshot p, DoctrineMessages m) {
        this.s = s;
        this.phase = phase;
        this.p = p;
        this.m = m;
    }

    static List<Finding> check(PostSituation s, CompliancePhase phase, LocalDate on, ParameterSnapshot p,
            DoctrineMessages m) {
        ComplianceRules rules = new ComplianceRules(s, phase, p, m);
        rules.cooperationTime();
        rules.functions();
        rules.qualification();
        rules.employerAndCofinancing();
        rules.serviceFunded();
        rules.vacancy(on);
        return List.copyOf(rules.findings);
    }

    private void cooperationTime() {
        BigDecimal share = s.cooperationShare();
        if (s.origin() == PostOrigin.EXISTING) {
            // Existing posts are brought into compliance at the Ctg renewal: only warned before it.
            BigDecimal min = value(DoctrineParameter.MIN_COOPERATION_SHARE);
            if (share.compareTo(min) < 0) {
                add(FindingCode.SHARE_BELOW_25, phase == CompliancePhase.PHASE_1 ? WARNING : BLOCKING,
                        percent(share), percent(min));
            }
            return;
        }
        // A new post meets the stricter development rules at once, whatever the phase.
        BigDecimal minShare = value(DoctrineParameter.MIN_NEW_POST_SHARE);
        if (share.compareTo(minShare) < 0) {
            add(FindingCode.NEW_POST_SHARE_BELOW_50, BLOCKING, percent(share), percent(minShare));
        }
        BigDecimal fte = CooperationFte.of(s.employmentFte(), share);
        BigDecimal minFte = value(DoctrineParameter.MIN_NEW_POST_COOPERATION_FTE);
        if (fte.compareTo(minFte) < 0) {
            add(FindingCode.NEW_POST_BELOW_HALF_FTE, BLOCKING, decimal(fte), decimal(s.employmentFte()),
                    percent(share), decimal(minFte));
        }
    }

    private void functions() {
        if (s.has(PostFunction.ADMINISTRATIVE_ASSISTANT)) {
            add(FindingCode.ADMINISTRATIVE_ASSISTANT, phase == CompliancePhase.PHASE_1 ? WARNING : BLOCKING);
        }
        if (s.has(PostFunction.DIRECTOR)) {
            add(FindingCode.DIRECTOR_FUNCTION, phase == CompliancePhase.PHASE_3 ? BLOCKING : WARNING);
        }
    }

    private void qualification() {
        if (!s.qualification().meetsMinimum()) {
            // Required at every recruitment; an existing holder is given time to comply.
            add(FindingCode.QUALIFICATION_BELOW_BAC2, s.origin() == PostOrigin.DEVELOPMENT ? BLOCKING : WARNING);
        }
    }

    private void employerAndCofinancing() {
        if (s.employer() == EmployerKind.OTHER) {
            add(FindingCode.EMPLOYER_NOT_SIGNATORY, BLOCKING);
        } else if (s.employer() == EmployerKind.PROVIDER) {
            add(FindingCode.PROVIDER_EXCEPTION, WARNING);
        }
        BigDecimal min = value(DoctrineParameter.MIN_AUTHORITY_COFINANCING);
        if (s.authorityCofinancingShare().compareTo(min) < 0) {
            add(FindingCode.COFINANCING_BELOW_50, BLOCKING, percent(s.authorityCofinancingShare()), percent(min));
        }
    }

    private void serviceFunded() {
        if (s.has(PostFunction.SERVICE_FUNDED)) {
            add(FindingCode.SERVICE_FUNDED_POST, WARNING);
        }
    }

    private void vacancy(LocalDate on) {
        if (s.vacantSince() == null) {
            return;
        }
        int months = value(DoctrineParameter.VACANCY_GRACE_MONTHS).intValueExact();
        LocalDate lastFunded = VacancyGrace.lastFundedDay(s.vacantSince(), months);
        boolean within = !on.isAfter(lastFunded);
        add(within ? FindingCode.VACANT_WITHIN_GRACE : FindingCode.VACANCY_GRACE_EXPIRED, within ? WARNING : BLOCKING,
                date(s.vacantSince()), String.valueOf(months), date(lastFunded));
    }

    private BigDecimal value(DoctrineParameter parameter) {
        return p.value(parameter);
    }

    private void add(FindingCode code, Severity severity, Object... args) {
        findings.add(new Finding(code, severity, m.text(code.messageKey(severity), args)));
    }
}

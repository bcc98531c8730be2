package fr.ctgportal.ejb.workqueue;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;

import fr.ctgportal.ejb.compliance.ComplianceProcedures;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.funding.FundingDecisions;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.Links;
import fr.ctgportal.ejb.post.Posts;
import fr.ctgportal.ejb.recruitment.RecruitmentFiles;
import fr.ctgportal.ejb.report.AnnualReports;
import fr.ctgportal.ejb.report.ReportSummary;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Roles;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.territory.Territories;
import fr.ctgportal.ejb.usecase.UseCase;
import fr.ctgportal.ejb.weighing.Weighings;
import fr.ctgportal.model.compliance.ProcedureStatus;
import fr.ctgportal.model.doctrine.Doctrine;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.doctrine.VacancyGrace;
import fr.ctgportal.model.funding.DecisionStatus;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.recruitment.RecruitmentStage;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.ReportStatus;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.territory.Territory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What awaits the signed-in user (issue 14, "À traiter"): the home page of each area opens on it, and
 * the menu shows its count. Each kind of work is read by one query over the caller's scope (an
 * authority's HR: its authorities; an officer: the posts they hold; an advisor: their portfolio; a
 * manager: the whole département, with the advisors' work too), never one per post, so that the
 * number of statements does not grow with the number of posts. Each line names its post (reference,
 * title, holder, employer) and links to the page where the action is done.
 */
@Stateless
@Interceptors(DomainRules.class)
public class WorkQueues extends UseCase {

    /** A vacant post is listed once its funded months end within this many days. */
    static final int GRACE_ENDING_WITHIN_DAYS = 30;

    /** A decision letter stays to read for this many days after the approval. */
    static final int LETTER_RECENT_DAYS = 30;

    /** An id no record has: a JPQL {@code in} list is never empty. */
    private static final List<Long> NONE = List.of(-1L);

    @Inject
    private RecruitmentFiles files;

    @Inject
    private Weighings weighings;

    @Inject
    private FundingDecisions decisions;

    @Inject
    private ComplianceProcedures procedures;

    @Inject
    private AnnualReports reports;

    @Inject
    private Posts posts;

    @Inject
    private Territories territories;

    @Inject
    private PortalDoctrine doctrine;

    /**
     * The caller's work queue: for each role they hold, the kinds of work of that role, in their scope.
     * A user without work gets an empty queue.
     *
     * @return the non-empty groups, in the order of {@link WorkKind}, each most urgent then oldest first
     */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER})
    public WorkQueue mine() {
        Caller caller = caller();
        Scope scope = scope();
        LocalDate today = LocalDate.now(clock);
        List<WorkItem> items = new ArrayList<>();
        if (caller.has(Roles.AUTHORITY_HR) && !scope.authorityIds().isEmpty()) {
            authorityWork(ids(scope.authorityIds()), today, items);
        }
        if (caller.has(Roles.COOPERATION_OFFICER)) {
            officerWork(caller.username(), today, items);
        }
        if (caller.has(Roles.CAF_MANAGER) || caller.has(Roles.CAF_ADVISOR) && !scope.territoryIds().isEmpty()) {
            Collection<Long> territoryIds = scope.all()
                    ? ids(territories.all().stream().map(Territory::getId).toList())
                    : ids(scope.territoryIds());
            if (caller.has(Roles.CAF_MANAGER)) {
                managerWork(caller.username(), territoryIds, today, items);
            }
            advisorWork(territoryIds, today, items);
        }
        return grouped(items);
    }

    /** The authority's HR: files, weighings, procedures, its officers' reports, recent decision letters. */
    private void authorityWork(Collection<Long> authorityIds, LocalDate today, List<WorkItem> items) {
        for (Object[] r : files.workAtStages(
                List.of(RecruitmentStage.DESCRIPTION_TO_REVISE, RecruitmentStage.OPINION_GIVEN), authorityIds, NONE)) {
            WorkKind kind = r[7] == RecruitmentStage.DESCRIPTION_TO_REVISE
                    ? WorkKind.DESCRIPTION_TO_REVISE
                    : WorkKind.OPINION_RECEIVED;
            items.add(item(kind, r, null, Links.recruitmentFile(Side.AUTHORITY, (Long) r[0]), (LocalDate) r[6], null));
        }
        for (Object[] r : weighings.workAwaiting(Side.AUTHORITY, authorityIds, NONE)) {
            items.add(item(WorkKind.WEIGHING_AWAITING_AUTHORITY, r, String.valueOf(r[6]),
                    Links.post(Side.AUTHORITY, (Long) r[1]) + "#weighing", null, null));
        }
        for (Object[] r : procedures.workWithStatus(List.of(ProcedureStatus.OPEN), authorityIds, NONE)) {
            items.add(item(WorkKind.PROCEDURE_TO_ANSWER, r, null,
                    Links.post(Side.AUTHORITY, (Long) r[1]) + "#procedures", (LocalDate) r[6], null));
        }
        LocalDate lettersSince = today.minusDays(LETTER_RECENT_DAYS);
        for (Object[] r : decisions.workWithStatus(DecisionStatus.APPROVED, today.getYear() - 1, authorityIds, NONE)) {
            LocalDate decided = date((Instant) r[8]);
            if (decided != null && !decided.isBefore(lettersSince)) {
                items.add(item(WorkKind.DECISION_LETTER, r, String.valueOf(r[6]),
                        Links.post(Side.AUTHORITY, (Long) r[1]) + "#funding", null, decided));
            }
        }
        // The reports owed by the posts, opened or not (two queries whatever the number of posts).
        List<CooperationPost> own = posts.ofAuthorities(authorityIds);
        Map<Long, CooperationPost> byId = own.stream().collect(Collectors.toMap(CooperationPost::getId, p -> p));
        for (ReportSummary line : reports.lines(own, AnnualReport.openableYears(today), today)) {
            WorkKind kind = line.status() == ReportStatus.TO_COMPLETE
                    ? WorkKind.OFFICER_REPORT_RETURNED
                    : line.late() && line.status() != ReportStatus.SUBMITTED && line.status() != ReportStatus.ACCEPTED
                            ? WorkKind.OFFICER_REPORT_LATE
                            : null;
            if (kind != null) {
                items.add(reportItem(kind, line, byId.get(line.postId())));
            }
        }
    }

    /** The officer: the report of last year to start, their reports to complete or to add to. */
    private void officerWork(String username, LocalDate today, List<WorkItem> items) {
        List<CooperationPost> held = posts.ofOfficer(username);
        Map<Long, CooperationPost> byId = held.stream().collect(Collectors.toMap(CooperationPost::getId, p -> p));
        for (ReportSummary line : reports.lines(held, AnnualReport.openableYears(today), today)) {
            WorkKind kind = line.status() == null
                    ? line.year() < today.getYear() ? WorkKind.REPORT_TO_START : null
                    : switch (line.status()) {
                        case DRAFT -> WorkKind.REPORT_TO_COMPLETE;
                        case TO_COMPLETE -> WorkKind.REPORT_ADDITIONS;
                        default -> null;
                    };
            if (kind != null) {
                items.add(reportItem(kind, line, byId.get(line.postId())));
            }
        }
    }

    /** A manager's own: countersignatures (not their own opinions), approvals, deadlines passed, plan dates. */
    private void managerWork(String username, Collection<Long> territoryIds, LocalDate today, List<WorkItem> items) {
        for (Object[] r : files.opinionsNotCountersigned(territoryIds)) {
            if (!username.equals(r[7])) {
                items.add(item(WorkKind.OPINION_TO_COUNTERSIGN, r, null, Links.recruitmentFile(Side.CAF, (Long) r[0]),
                        null, date((Instant) r[6])));
            }
        }
        for (Object[] r : decisions.workWithStatus(DecisionStatus.PREPARED, 0, NONE, territoryIds)) {
            items.add(item(WorkKind.DECISION_TO_APPROVE, r, String.valueOf(r[6]),
                    Links.post(Side.CAF, (Long) r[1]) + "#funding", null, date((Instant) r[7])));
        }
        for (Object[] r : procedures.workWithStatus(ProcedureStatus.UNDER_WAY, NONE, territoryIds)) {
            LocalDate deadline = (LocalDate) r[6];
            if (deadline.isBefore(today)) {
                items.add(item(WorkKind.PROCEDURE_PAST_DEADLINE, r, null,
                        Links.post(Side.CAF, (Long) r[1]) + "#procedures", deadline, null));
            }
        }
        for (Object[] r : territories.workPlanDatesToSet()) {
            items.add(
                    new WorkItem(WorkKind.PLAN_DATES_TO_SET, (String) r[1], Links.plan(), null, null, null, null, null,
                            null));
        }
    }

    /** An advisor's portfolio (the whole département for a manager). */
    private void advisorWork(Collection<Long> territoryIds, LocalDate today, List<WorkItem> items) {
        for (Object[] r : files.workAtStages(
                List.of(RecruitmentStage.DESCRIPTION_SUBMITTED, RecruitmentStage.CANDIDATE_PROPOSED), NONE,
                territoryIds)) {
            WorkKind kind = r[7] == RecruitmentStage.DESCRIPTION_SUBMITTED
                    ? WorkKind.DESCRIPTION_TO_REVIEW
                    : WorkKind.OPINION_TO_GIVE;
            items.add(item(kind, r, null, Links.recruitmentFile(Side.CAF, (Long) r[0]), (LocalDate) r[6], null));
        }
        for (Object[] r : weighings.workAwaiting(Side.CAF, NONE, territoryIds)) {
            items.add(item(WorkKind.WEIGHING_AWAITING_CAF, r, String.valueOf(r[6]),
                    Links.post(Side.CAF, (Long) r[1]) + "#weighing", null, null));
        }
        for (Object[] r : posts.workToDecide(today.getYear(), territoryIds)) {
            items.add(item(WorkKind.DECISION_TO_PREPARE, r, String.valueOf(today.getYear()),
                    Links.post(Side.CAF, (Long) r[1]) + "#funding", null, null));
        }
        for (Object[] r : reports.workWithStatus(
                List.of(ReportStatus.SUBMITTED, ReportStatus.DRAFT, ReportStatus.TO_COMPLETE), NONE, territoryIds)) {
            LocalDate due = (LocalDate) r[6];
            if (r[7] == ReportStatus.SUBMITTED) {
                items.add(item(WorkKind.REPORT_TO_REVIEW, r, String.valueOf(r[8]),
                        Links.report(Side.CAF, (Long) r[0]), due, null));
            } else if (due.isBefore(today)) {
                // The Caf sees a report once sent: the line opens the post.
                items.add(item(WorkKind.REPORT_LATE, r, String.valueOf(r[8]), Links.post(Side.CAF, (Long) r[1]), due,
                        null));
            }
        }
        Doctrine rules = doctrine.current();
        for (Object[] r : posts.workVacantFunded(territoryIds)) {
            LocalDate since = (LocalDate) r[6];
            int months = rules.parametersAt(since).value(DoctrineParameter.VACANCY_GRACE_MONTHS).intValueExact();
            LocalDate lastFunded = VacancyGrace.lastFundedDay(since, months);
            if (!lastFunded.isAfter(today.plusDays(GRACE_ENDING_WITHIN_DAYS))) {
                items.add(item(WorkKind.VACANCY_GRACE_ENDING, r, null, Links.post(Side.CAF, (Long) r[1]), lastFunded,
                        since));
            }
        }
    }

    /** A line from a row: item id, post id, Caf reference, title, holder, employer, then the row's own columns. */
    private static WorkItem item(WorkKind kind, Object[] r, String label, String link, LocalDate due, LocalDate since) {
        Long postId = (Long) r[1];
        String reference = postId == null ? null : r[2] != null ? (String) r[2] : CooperationPost.referenceOf(postId);
        return new WorkItem(kind, label, link, due, since, reference, (String) r[3], (String) r[5], (String) r[4]);
    }

    private static WorkItem reportItem(WorkKind kind, ReportSummary line, CooperationPost post) {
        String link = line.reportId() == null
                ? Links.reports(Side.AUTHORITY)
                : Links.report(Side.AUTHORITY, line.reportId());
        return new WorkItem(kind, String.valueOf(line.year()), link, line.dueDate(), null, post.getReference(),
                post.getTitle(), post.getEmployer().getName(), post.getHolderName());
    }

    private LocalDate date(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, clock.getZone());
    }

    private static Collection<Long> ids(Collection<Long> ids) {
        return ids.isEmpty() ? NONE : ids;
    }

    /** By kind, in the enum's order; in a group, by due date, then since when, then as read (nulls last). */
    private static WorkQueue grouped(List<WorkItem> items) {
        Map<WorkKind, List<WorkItem>> byKind = new EnumMap<>(WorkKind.class);
        Comparator<WorkItem> urgentFirst = Comparator
                .comparing(WorkItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(WorkItem::since, Comparator.nullsLast(Comparator.naturalOrder()));
        for (WorkItem item : items) {
            byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
        }
        return new WorkQueue(byKind.entrySet().stream()
                .map(e -> new WorkGroup(e.getKey(), e.getValue().stream().sorted(urgentFirst).toList())).toList());
    }
}

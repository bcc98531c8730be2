package fr.ctgportal.it.services;

import static fr.ctgportal.it.services.Refusals.refused;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.ejb.compliance.PostMilestones;
import fr.ctgportal.ejb.compliance.ProcedureView;
import fr.ctgportal.ejb.compliance.TerritoryPlan;
import fr.ctgportal.ejb.funding.DecisionView;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.weighing.WeighingLineInput;
import fr.ctgportal.ejb.weighing.WeighingService;
import fr.ctgportal.model.compliance.Milestone;
import fr.ctgportal.model.compliance.MilestoneState;
import fr.ctgportal.model.compliance.ProcedureGround;
import fr.ctgportal.model.compliance.ProcedureStatus;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.weighing.TimeUse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The compliance plan of Beaucaire Terre d'Argence (renewed on 01/01/2026, so in phase 2): its
 * posts' milestones computed from the data as the weighing is agreed and the funding decided, a
 * doctrine parameter changed without altering a decision, the plan dates, the officers' committee,
 * the network meetings, and compliance procedures ending compliant or with the end of funding.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompliancePlanIT extends DeployedServices {

    private static final String BEAUCAIRE = "243000585";
    private static final String HR = "rh.beaucaire";

    private static long meeting;

    private Demo demo() {
        return database().member(HR, BEAUCAIRE);
    }

    /** Beaucaire's full-time post without director functions. */
    private long plainPost() {
        return demo().number("select min(p.id) from cooperation_post p join authority a on a.id = p.employer_id "
                + "where a.siren = ? and p.director_function = 0 and p.employment_fte = 1.00", BEAUCAIRE);
    }

    /** Beaucaire's first post with director functions. */
    private long directorPost() {
        return demo().number("select min(p.id) from cooperation_post p join authority a on a.id = p.employer_id "
                + "where a.siren = ? and p.director_function = 1", BEAUCAIRE);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    private static MilestoneState state(PostMilestones m, Milestone milestone) {
        return m.milestones().stream().filter(c -> c.milestone() == milestone).findFirst().orElseThrow().state();
    }

    @Test
    @Order(1)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void milestonesComeFromTheDataAndTheCafRecordsTheEvaluations() {
        long post = plainPost();
        PostMilestones m = plan.postMilestones(post);
        assertEquals(CompliancePhase.PHASE_2, m.phase(), "renewed on 01/01/2026");
        assertEquals(MilestoneState.LATE, state(m, Milestone.EVALUATIONS_SET_UP), "due by the renewal");
        assertEquals(MilestoneState.LATE, state(m, Milestone.WEIGHING_AGREED));
        assertEquals(MilestoneState.LATE, state(m, Milestone.FUNDING_WITHIN_MISSION));
        assertEquals(MilestoneState.DONE, state(m, Milestone.DIRECTOR_FUNCTIONS_REMOVED), "no director function");
        assertEquals(MilestoneState.DUE,
                state(plan.postMilestones(directorPost()), Milestone.DIRECTOR_FUNCTIONS_REMOVED),
                "due by the phase-3 deadline of 31/12/2029");

        refused("plan.error.evaluationsDate",
                () -> plan.recordEvaluationsSetUp(post, m.postVersion(), today().plusDays(1)));
        assertThrows(ConcurrentEditException.class,
                () -> plan.recordEvaluationsSetUp(post, m.postVersion() - 1, today()));
        assertNull(plan.postMilestones(post).evaluationsSetUpOn(), "nothing saved");
        plan.recordEvaluationsSetUp(post, m.postVersion(), LocalDate.of(2025, 6, 30));
        PostMilestones after = plan.postMilestones(post);
        assertEquals(MilestoneState.DONE, state(after, Milestone.EVALUATIONS_SET_UP));
        assertEquals(1, demo().number("select count(*) from audit_event where action = 'EVALUATIONS_SET_UP' "
                + "and entity_id = ? and actor = 'conseil.sud' and detail like '%30/06/2025%'", post));
    }

    @Test
    @Order(2)
    @AsUser(name = HR, roles = AUTHORITY_HR)
    void authorityProposesTheWeighingAndSeesItsMilestones() {
        long post = plainPost();
        weighings.propose(post, WeighingService.NO_NEGOTIATION,
                List.of(new WeighingLineInput(TimeUse.COOPERATION, null, new BigDecimal("0.60")),
                        new WeighingLineInput(TimeUse.MANAGEMENT, null, new BigDecimal("0.40"))),
                null);
        List<PostMilestones> own = plan.ownMilestones();
        assertEquals(demo().number("select count(*) from cooperation_post p join authority a on a.id = p.employer_id "
                + "where a.siren = ?", BEAUCAIRE), own.size(), "Beaucaire's posts");
        assertTrue(own.stream().anyMatch(p -> p.postId() == post
                && state(p, Milestone.WEIGHING_AGREED) == MilestoneState.LATE), "proposed is not agreed");
    }

    @Test
    @Order(3)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void cafAcceptsAndPreparesTheDecision() {
        long post = plainPost();
        weighings.accept(post, weighings.findWeighings(post).token());
        PostMilestones m = plan.postMilestones(post);
        assertEquals(MilestoneState.DONE, state(m, Milestone.WEIGHING_AGREED));
        assertEquals(MilestoneState.DONE, state(m, Milestone.EXCLUSIONS_APPLIED),
                "60 %: not concerned by the exclusions");
        assertEquals(MilestoneState.LATE, state(m, Milestone.FUNDING_WITHIN_MISSION), "no decision yet");
        decisions.prepare(post, today().getYear());
        assertEquals(MilestoneState.LATE, state(plan.postMilestones(post), Milestone.FUNDING_WITHIN_MISSION),
                "a prepared decision is not a decision");
    }

    @Test
    @Order(4)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void anApprovedDecisionMeetsTheMilestoneAndKeepsItsParametersAfterAChange() {
        long post = plainPost();
        DecisionView prepared = decisions.listPostDecisions(post).get(0);
        decisions.approve(prepared.id(), prepared.version());
        assertEquals(MilestoneState.DONE, state(plan.postMilestones(post), Milestone.FUNDING_WITHIN_MISSION));
        DecisionView approved = decisions.listPostDecisions(post).get(0);

        LocalDate nextYear = LocalDate.of(today().getYear() + 1, 1, 1);
        refused("parameter.error.future", () -> parameters.record(DoctrineParameter.CEILING_PER_FTE, today(),
                new BigDecimal("50000"), "Cnaf, nouvelle fiche"));
        refused("parameter.error.invalid", () -> parameters.record(DoctrineParameter.CAF_RATE, nextYear,
                new BigDecimal("1.5"), "x"));
        refused("parameter.error.invalid", () -> parameters.record(DoctrineParameter.CEILING_PER_FTE, nextYear,
                new BigDecimal("50000"), " "));
        parameters.record(DoctrineParameter.CEILING_PER_FTE, nextYear, new BigDecimal("50000"),
                "Cnaf, fiche de mission mise à jour (test)");
        refused("parameter.error.taken", () -> parameters.record(DoctrineParameter.CEILING_PER_FTE, nextYear,
                new BigDecimal("51000"), "x"));
        assertTrue(parameters.list().stream().anyMatch(r -> r.code().equals("CEILING_PER_FTE") && r.upcoming()
                && "direction.caf".equals(r.recordedBy()) && r.validFrom().equals(nextYear)));
        assertEquals(1, demo().number("select count(*) from audit_event where action = 'PARAMETER_CHANGED' "
                + "and actor = 'direction.caf' and reason like 'Cnaf, fiche de mission%'"));

        assertEquals(approved, decisions.listPostDecisions(post).get(0), "the approved decision is unchanged");
        assertTrue(approved.parameters().stream().anyMatch(l -> l.code().equals("CEILING_PER_FTE")
                && l.amount().compareTo(new BigDecimal("48000")) == 0));
        long next = decisions.prepare(post, nextYear.getYear());
        DecisionView forNextYear = decisions.listPostDecisions(post).stream().filter(d -> d.id() == next).findFirst()
                .orElseThrow();
        assertTrue(forNextYear.parameters().stream().anyMatch(l -> l.code().equals("CEILING_PER_FTE")
                && l.amount().compareTo(new BigDecimal("50000")) == 0 && l.validFrom().equals(nextYear)),
                "a new decision applies the new value");
        assertEquals(0, new BigDecimal("48000").compareTo(approved.parameters().stream()
                .filter(l -> l.code().equals("CEILING_PER_FTE")).findFirst().orElseThrow().amount()));
    }

    @Test
    @Order(5)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void managerSetsThePlanDatesAndTheCafRecordsTheCommittee() {
        long territory = demo().territoryOf(BEAUCAIRE);
        TerritoryPlan t = plan.territoryPlans().stream().filter(p -> p.territoryId() == territory).findFirst()
                .orElseThrow();
        assertTrue(t.fundedPosts() > 1);
        assertTrue(t.committeeMissing(), "several funded posts, no committee");
        refused("plan.error.phase3BeforeRenewal", () -> plan.setPlanDates(territory, t.territoryVersion(),
                t.ctgRenewal(), t.ctgRenewal().minusDays(1), "x"));
        refused("plan.error.reason", () -> plan.setPlanDates(territory, t.territoryVersion(), t.ctgRenewal(),
                LocalDate.of(2028, 12, 31), " "));
        assertThrows(ConcurrentEditException.class, () -> plan.setPlanDates(territory, t.territoryVersion() - 1,
                t.ctgRenewal(), LocalDate.of(2028, 12, 31), "x"));
        plan.setPlanDates(territory, t.territoryVersion(), t.ctgRenewal(), LocalDate.of(2028, 12, 31),
                "Comité de pilotage du 12/11/2026");
        var director = plan.postMilestones(directorPost()).milestones().stream()
                .filter(c -> c.milestone() == Milestone.DIRECTOR_FUNCTIONS_REMOVED).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2028, 12, 31), director.dueOn());
        assertEquals(1, demo().number("select count(*) from audit_event where action = 'PLAN_DATES' and entity_id = ? "
                + "and detail like '%31/12/2029 → %31/12/2028' and reason = 'Comité de pilotage du 12/11/2026'",
                territory));

        TerritoryPlan dated = plan.territoryPlans().stream().filter(p -> p.territoryId() == territory).findFirst()
                .orElseThrow();
        refused("plan.error.committeeDate", () -> plan.recordOfficersCommittee(territory, dated.territoryVersion(),
                today().plusDays(1), null));
        plan.recordOfficersCommittee(territory, dated.territoryVersion(), LocalDate.of(2026, 3, 1), "Installé en mars");
        TerritoryPlan withCommittee = plan.territoryPlans().stream().filter(p -> p.territoryId() == territory)
                .findFirst().orElseThrow();
        assertFalse(withCommittee.committeeMissing());
        assertEquals(LocalDate.of(2026, 3, 1), withCommittee.officersCommitteeSince());
    }

    @Test
    @Order(6)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void managerRecordsANetworkMeeting() {
        refused("network.error.date", () -> network.record(today().plusDays(1), "Réunion"));
        refused("network.error.title", () -> network.record(today(), " "));
        meeting = network.record(today(), "Réunion départementale du réseau (test)");
        assertEquals(0, network.meetings().stream().filter(m -> m.id() == meeting).findFirst().orElseThrow().present());
    }

    @Test
    @Order(7)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void advisorRecordsWhoAttendedAndAbsentsAreFlagged() {
        long present = plainPost();
        long absent = directorPost();
        long version = demo().number("select version from network_meeting where id = ?", meeting);
        long foreign = demo().firstPostOf(Demo.ALES);
        assertThrows(NotFoundException.class,
                () -> network.recordAttendance(meeting, version, Set.of(present, foreign)));
        assertEquals(0, demo().number("select count(*) from network_attendance where meeting_id = ?", meeting),
                "nothing saved");
        network.recordAttendance(meeting, version, Set.of(present));
        assertThrows(ConcurrentEditException.class, () -> network.recordAttendance(meeting, version, Set.of()));
        assertFalse(plan.postMilestones(present).missedLastMeeting());
        assertTrue(plan.postMilestones(absent).missedLastMeeting());
        assertTrue(network.attendance(present).stream().anyMatch(a -> a.present()
                && a.title().equals("Réunion départementale du réseau (test)")));
    }

    @Test
    @Order(8)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void managerOpensProcedures() {
        long post = plainPost();
        refused("procedure.error.ground", () -> procedures.open(post, null, "motifs", today().plusDays(30)));
        refused("procedure.error.reasons",
                () -> procedures.open(post, ProcedureGround.WEIGHING, " ", today().plusDays(30)));
        refused("procedure.error.deadline", () -> procedures.open(post, ProcedureGround.WEIGHING, "motifs", today()));
        assertTrue(procedures.postProcedures(post).isEmpty(), "nothing saved");
        procedures.open(post, ProcedureGround.WEIGHING, "La pesée déclarée ne correspond pas au rapport d’activité.",
                today().plusDays(30));
        refused("procedure.error.alreadyOpen",
                () -> procedures.open(post, ProcedureGround.REALITY, "x", today().plusDays(30)));
        procedures.open(directorPost(), ProcedureGround.REALITY, "Aucune action de coopération visible depuis un an.",
                today().plusDays(1));
        assertEquals(2,
                demo().mails("rh.243000585@demo.ctg-portal.invalid", "Procédure de mise en conformité ouverte%"));
    }

    @Test
    @Order(9)
    @AsUser(name = HR, roles = AUTHORITY_HR)
    void authorityShowsItsCommitment() {
        ProcedureView p = procedures.postProcedures(plainPost()).get(0);
        assertEquals(ProcedureStatus.OPEN, p.status());
        refused("procedure.error.commitment", () -> procedures.answer(p.id(), p.version(), " "));
        procedures.answer(p.id(), p.version(),
                "Nouvelle pesée proposée, fiche de poste revue en conseil communautaire.");
        assertThrows(ConcurrentEditException.class, () -> procedures.answer(p.id(), p.version(), "encore"));
        assertEquals(ProcedureStatus.ANSWERED, procedures.postProcedures(plainPost()).get(0).status());
        assertEquals(1, demo().mails("conseil.sud@demo.ctg-portal.invalid", "Engagement transmis%"));
    }

    @Test
    @Order(10)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void managerConcludesCompliantOrEndsTheFunding() {
        ProcedureView answered = procedures.postProcedures(plainPost()).get(0);
        refused("procedure.error.closingReasons", () -> procedures.close(answered.id(), answered.version(), true, ""));
        procedures.close(answered.id(), answered.version(), true, "Engagement suffisant.");
        ProcedureView closed = procedures.postProcedures(plainPost()).get(0);
        assertEquals(ProcedureStatus.CLOSED_COMPLIANT, closed.status());
        refused("procedure.error.closed", () -> procedures.close(closed.id(), closed.version(), false, "x"));
        assertNull(posts.findPost(plainPost()).verdict().problem(), "still funded");

        long director = directorPost();
        ProcedureView unanswered = procedures.postProcedures(director).get(0);
        refused("procedure.error.beforeDeadline", () -> procedures.close(unanswered.id(), unanswered.version(), false,
                "Pas de réponse."));
        assertTrue(procedures.openProcedures().stream().noneMatch(v -> v.id() == unanswered.id() && v.late()));
        demo().update("update compliance_procedure set deadline = ? where id = ?", today().minusDays(1),
                unanswered.id());
        assertTrue(procedures.openProcedures().stream().anyMatch(v -> v.id() == unanswered.id() && v.late()),
                "late once the deadline passed without an answer");
        procedures.close(unanswered.id(), unanswered.version(), false, "Aucun engagement reçu à l’échéance.");
        var post = posts.findPost(director);
        assertFalse(post.verdict().evaluated(), "no longer funded");
        assertTrue(post.verdict().problem().contains("procédure de mise en conformité"));
        assertNotNull(demo().text("select funding_ended_on from cooperation_post where id = ?", director));
        refused("procedure.error.fundingEnded", () -> procedures.open(director, ProcedureGround.CONFORMITY, "x",
                today().plusDays(10)));
        refused("funding.error.fundingEnded", () -> decisions.prepare(director, today().getYear()));
        assertEquals(1, demo().number("select count(*) from audit_event where action = 'PROCEDURE_FUNDING_ENDED' "
                + "and entity_id = ? and reason = 'Aucun engagement reçu à l’échéance.'", director));
        assertEquals(1, demo().mails("rh.243000585@demo.ctg-portal.invalid", "Fin du financement%"));
        PostMilestones ended = plan.postMilestones(director);
        assertEquals(MilestoneState.DONE, state(ended, Milestone.DIRECTOR_FUNCTIONS_REMOVED), "no longer funded");
        assertEquals(MilestoneState.DONE, state(ended, Milestone.FUNDING_WITHIN_MISSION));
    }

    @Test
    @Order(11)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void aPendingDecisionWhoseWeighingWasReplacedCannotBeApproved() {
        long post = plainPost();
        DecisionView pending = decisions.listPostDecisions(post).stream()
                .filter(d -> d.status() == fr.ctgportal.model.funding.DecisionStatus.PREPARED).findFirst()
                .orElseThrow();
        // As when a new holder is recruited or a new weighing agreed: the decision's weighing is replaced.
        demo().update("update weighing set status = 'SUPERSEDED' where post_id = ?", post);
        refused("funding.error.outdated", () -> decisions.approve(pending.id(), pending.version()));
        assertEquals(fr.ctgportal.model.funding.DecisionStatus.PREPARED, decisions.listPostDecisions(post).stream()
                .filter(d -> d.id() == pending.id()).findFirst().orElseThrow().status(), "nothing approved");
    }
}

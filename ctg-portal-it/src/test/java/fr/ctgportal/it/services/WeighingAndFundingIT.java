package fr.ctgportal.it.services;

import static fr.ctgportal.it.services.Refusals.refused;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.ctgportal.ejb.funding.DecisionView;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.weighing.PostWeighings;
import fr.ctgportal.ejb.weighing.WeighingLineInput;
import fr.ctgportal.ejb.weighing.WeighingService;
import fr.ctgportal.model.doctrine.Doctrine;
import fr.ctgportal.model.doctrine.FundingDecision;
import fr.ctgportal.model.funding.DecisionStatus;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.weighing.TimeUse;
import fr.ctgportal.model.weighing.WeighingStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import fr.ctgportal.ejb.post.VacancyWatch;
import fr.ctgportal.model.post.PostStatus;
import fr.ctgportal.model.post.VacancyCause;
import fr.ctgportal.ejb.platform.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A post's weighing negotiated to agreement between Nîmes Métropole's HR and the Caf, then its
 * funding decision prepared, sent back, prepared again and approved: every refused step, the
 * agreed weighing applied to the post, and the decision keeping what the doctrine said.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WeighingAndFundingIT extends DeployedServices {

    private static final String NIMES = "243000643";

    @Inject
    private VacancyWatch vacancyWatch;

    private Demo demo() {
        return database().member("rh.nimes.pesee", NIMES);
    }

    /** A full-time filled post of Nîmes Métropole that no other test uses (its highest id). */
    private long post() {
        return demo().number("select max(p.id) from cooperation_post p join authority a on a.id = p.employer_id "
                + "where a.siren = ? and p.employment_fte = 1.00 and p.status = 'FILLED' and p.administrative_assistant = 0 "
                + "and p.director_function = 0 and p.qualification <> 'BELOW_BAC2' and p.origin = 'EXISTING'", NIMES);
    }

    private static List<WeighingLineInput> split(String cooperation, String management) {
        return List.of(new WeighingLineInput(TimeUse.COOPERATION, null, new BigDecimal(cooperation)),
                new WeighingLineInput(TimeUse.MANAGEMENT, null, new BigDecimal(management)),
                new WeighingLineInput(TimeUse.ADMINISTRATIVE, null, null));
    }

    @Test
    @Order(1)
    @AsUser(name = "rh.nimes.pesee", roles = AUTHORITY_HR)
    void authorityProposesASplit() {
        long post = post();
        PostWeighings none = weighings.findWeighings(post);
        assertTrue(none.versions().isEmpty());
        assertEquals(WeighingService.NO_NEGOTIATION, none.token());
        assertTrue(none.canPropose());
        refused("weighing.error.total", () -> weighings.propose(post, none.token(), split("0.60", "0.30"), null));
        refused("weighing.error.noCooperation", () -> weighings.propose(post, none.token(),
                List.of(new WeighingLineInput(TimeUse.MANAGEMENT, null, BigDecimal.ONE)), null));
        refused("weighing.error.otherLabel", () -> weighings.propose(post, none.token(),
                List.of(new WeighingLineInput(TimeUse.COOPERATION, null, new BigDecimal("0.5")),
                        new WeighingLineInput(TimeUse.OTHER, " ", new BigDecimal("0.5"))),
                null));
        refused("weighing.error.line", () -> weighings.propose(post, none.token(), split("1.005", "0"), null));
        assertTrue(weighings.findWeighings(post).versions().isEmpty(), "nothing saved");

        weighings.propose(post, none.token(), split("0.60", "0.40"), "Proposition initiale");
        PostWeighings proposed = weighings.findWeighings(post);
        assertEquals(1, proposed.versions().size());
        assertEquals(Side.CAF, proposed.versions().get(0).awaiting());
        assertFalse(proposed.canPropose() || proposed.canAccept(), "the Caf's turn");
        assertThrows(ConcurrentEditException.class,
                () -> weighings.propose(post, none.token(), split("0.5", "0.5"), "x"));
        refused("weighing.error.notYourTurn", () -> weighings.accept(post, proposed.token()));
        assertThrows(EJBAccessException.class, () -> decisions.prepare(post, 2026));
    }

    @Test
    @Order(2)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void cafCounterProposesWithAComment() {
        long post = post();
        PostWeighings w = weighings.findWeighings(post);
        assertTrue(w.canPropose() && w.canAccept());
        refused("weighing.error.commentRequired", () -> weighings.propose(post, w.token(), split("0.70", "0.30"), " "));
        refused("funding.error.noAgreedWeighing", () -> decisions.prepare(post, LocalDate.now().getYear()));
        weighings.propose(post, w.token(), split("0.70", "0.30"),
                "Le pilotage de la Ctg représente plutôt 70 % du temps selon le rapport d’activité.");
        PostWeighings after = weighings.findWeighings(post);
        assertEquals(2, after.versions().get(0).proposals().size());
        assertEquals(Side.AUTHORITY, after.versions().get(0).awaiting());
    }

    @Test
    @Order(3)
    @AsUser(name = "rh.nimes.pesee", roles = AUTHORITY_HR)
    void authorityAcceptsAndTheWeighingAppliesToThePost() {
        long post = post();
        PostWeighings w = weighings.findWeighings(post);
        assertTrue(w.canAccept());
        weighings.accept(post, w.token());
        PostWeighings agreed = weighings.findWeighings(post);
        var version = agreed.versions().get(0);
        assertEquals(WeighingStatus.AGREED, version.status());
        assertEquals("conseil.sud", version.cafSignedBy(), "the proposer signs by proposing");
        assertEquals("rh.nimes.pesee", version.authoritySignedBy(), "the other by accepting");
        assertEquals(0, new BigDecimal("0.7").compareTo(posts.findPost(post).cooperationShare()));
        assertThrows(ConcurrentEditException.class, () -> weighings.accept(post, w.token()));
        refused("weighing.error.nothingToAccept", () -> weighings.accept(post, agreed.token()));
        assertEquals(1, demo().mails("conseil.sud@demo.ctg-portal.invalid", "Pesée validée%"));
    }

    @Test
    @Order(4)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void cafAdvisorPreparesTheDecisionOfTheDoctrine() {
        long post = post();
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        refused("funding.error.year", () -> decisions.prepare(post, year - 1));
        long id = decisions.prepare(post, year);
        // issue 14: the managers are told what awaits them, the post and the amount named
        assertEquals(1, demo().number("select count(*) from notification where recipient = 'direction.caf' and event "
                + "= 'funding.toApprove' and path like ? and subject like ?", "%id=" + post,
                "Décision à approuver : "
                        + fr.ctgportal.model.post.CooperationPost.referenceOf(post) + " «%, décision " + year
                        + " : %€"));
        refused("funding.error.alreadyPrepared", () -> decisions.prepare(post, year));
        DecisionView d = decisions.listPostDecisions(post).get(0);
        assertEquals(id, d.id());
        assertEquals(DecisionStatus.PREPARED, d.status());
        var p = posts.findPost(post);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        FundingDecision expected = Doctrine.standard().evaluate(p.verdict().situation(),
                p.verdict().decision().phase(), today);
        assertEquals(expected.cafFunding(), d.cafFunding());
        assertEquals(expected.findings().size(), d.findings().size());
        assertEquals(7, d.parameters().size(), "every parameter value used is kept");
        assertTrue(d.parameters().stream().anyMatch(l -> l.code().equals("CEILING_PER_FTE")
                && l.amount().compareTo(new BigDecimal("48000")) == 0
                && l.validFrom().equals(LocalDate.of(2024, 4, 1))));
        assertThrows(EJBAccessException.class, () -> decisions.approve(id, d.version()));
    }

    @Test
    @Order(5)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void cafManagerSendsBackThenApproves() {
        long post = post();
        DecisionView first = decisions.listPostDecisions(post).get(0);
        refused("funding.error.returnReason", () -> decisions.sendBack(first.id(), first.version(), " "));
        decisions.sendBack(first.id(), first.version(), "Vérifier le coût annuel avec la collectivité.");
        refused("funding.error.notPending", () -> decisions.approve(first.id(),
                decisions.listPostDecisions(post).get(0).version()));

        long second = decisions.prepare(post, first.year());
        DecisionView prepared = decisions.listPostDecisions(post).stream().filter(d -> d.id() == second).findFirst()
                .orElseThrow();
        assertThrows(ConcurrentEditException.class, () -> decisions.approve(second, prepared.version() + 1));
        decisions.approve(second, prepared.version());
        DecisionView approved = decisions.listPostDecisions(post).stream().filter(d -> d.id() == second).findFirst()
                .orElseThrow();
        assertEquals(DecisionStatus.APPROVED, approved.status());
        assertEquals("direction.caf", approved.decidedBy());
        // issue 13: "Financement limité à 50 %" is met once an approved decision exists, whatever its phase
        assertEquals(fr.ctgportal.model.compliance.MilestoneState.DONE, plan.postMilestones(post).milestones().stream()
                .filter(m -> m.milestone() == fr.ctgportal.model.compliance.Milestone.FUNDING_WITHIN_MISSION)
                .findFirst().orElseThrow().state());

        var totals = decisions.totals(first.year());
        assertEquals(new BigDecimal("1537422"), totals.budget());
        assertTrue(decisions.pageDecisions(PageRequest.firstPage(10).with("year", String.valueOf(first.year()))
                .with("counted", "true").with("post", String.valueOf(post))).rows().stream()
                .anyMatch(d -> d.id() == second));
        assertEquals(totals.territories().stream().map(t -> t.funding()).reduce(BigDecimal.ZERO, BigDecimal::add),
                totals.approvedFunding());
        assertEquals(totals.budget().subtract(totals.approvedFunding()), totals.remaining());
    }

    @Test
    @Order(6)
    @AsUser(name = "rh.nimes.pesee", roles = AUTHORITY_HR)
    void theApprovedDecisionNeverChangesAndTheAuthorityReadsItsLetter() throws Exception {
        long post = post();
        List<DecisionView> seen = decisions.listPostDecisions(post);
        assertEquals(1, seen.size(), "the authority sees approved decisions only");
        DecisionView approved = seen.get(0);

        // the post changes afterwards (a new cost, a new weighing under discussion): the decision does not
        var p = posts.findPost(post);
        posts.updatePostDetails(post, p.version(), p.holderName(), p.annualCost().add(new BigDecimal("9999.00")));
        weighings.propose(post, WeighingService.NO_NEGOTIATION, split("0.50", "0.50"), "Nouvelle organisation");
        DecisionView after = decisions.listPostDecisions(post).get(0);
        assertEquals(approved.cafFunding(), after.cafFunding());
        assertEquals(approved.annualCost(), after.annualCost());
        assertEquals(approved.parameters(), after.parameters());
        assertEquals(1, after.weighingNumber());
        assertEquals(2, weighings.findWeighings(post).versions().size(), "a change is a new version");
        assertEquals(WeighingStatus.AGREED, weighings.findWeighings(post).versions().get(1).status(),
                "the agreed one stays until the new one is agreed");

        String letter = new PdfTextExtractor(new PdfReader(decisions.decisionLetter(approved.id()).content()))
                .getTextFromPage(1);
        assertTrue(letter.contains("Financement accordé par la Caf"), letter);
        String words = letter.replace('\u00a0', ' ').replaceAll("\\s+", " ");
        String money = fr.ctgportal.model.doctrine.DoctrineFormats.money(approved.cafFunding()).replace('\u00a0', ' ');
        assertTrue(words.contains("Financement accordé par la Caf : " + money), words);
        assertTrue(words.contains("Plafond de coût par ETP"), words);
        assertTrue(words.contains("par Isabelle Perrin – fictive, responsable Caf."), "by name and role: " + words);
        assertFalse(words.contains("direction.caf"), "never by login: " + words);
        assertTrue(words.contains("Poste " + fr.ctgportal.model.post.CooperationPost.referenceOf(post) + " «"),
                "the post by its reference: " + words);
        // issue 14: the decision's e-mail names the post (reference, holder, authority) and the amount
        String ref = fr.ctgportal.model.post.CooperationPost.referenceOf(post);
        String subject = "Décision de financement " + approved.year() + " : " + ref + " «%», titulaire : %, décision : "
                + fr.ctgportal.model.doctrine.DoctrineFormats.money(approved.cafFunding());
        assertEquals(1, demo().mails("rh.243000643@demo.ctg-portal.invalid", subject), subject);
    }

    /** Two other full-time filled posts of Nîmes Métropole, chosen in step 7, for the vacancies. */
    private static long oldVacancy;
    private static long recentVacancy;

    private long otherPost(int rank) {
        return demo().number("select p.id from cooperation_post p join authority a on a.id = p.employer_id "
                + "where a.siren = ? and p.employment_fte = 1.00 and p.status = 'FILLED' and p.id <> ? "
                + "order by p.id desc limit 1 offset " + rank, NIMES, post());
    }

    @Test
    @Order(7)
    @AsUser(name = "rh.nimes.pesee", roles = AUTHORITY_HR)
    void authorityDeclaresVacancies() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        long old = oldVacancy = otherPost(0);
        long recent = recentVacancy = otherPost(1);
        var p = posts.findPost(old);
        refused("post.error.vacancyCause",
                () -> posts.declareVacancy(old, p.version(), today.minusMonths(3), null, null));
        refused("post.error.vacancyDate", () -> posts.declareVacancy(old, p.version(), today.minusYears(2),
                VacancyCause.DEPARTURE, null));
        var declared = posts.declareVacancy(old, p.version(), today.minusMonths(3), VacancyCause.DEPARTURE,
                "Mutation dans une autre collectivité");
        assertEquals(PostStatus.VACANT, declared.status());
        assertEquals(null, declared.holderName());
        refused("post.error.alreadyVacant", () -> posts.declareVacancy(old, declared.version(), today,
                VacancyCause.DEPARTURE, null));
        assertThrows(ConcurrentEditException.class,
                () -> posts.declareVacancy(recent, posts.findPost(recent).version() - 1,
                        today, VacancyCause.LONG_ABSENCE, null));
        posts.declareVacancy(recent, posts.findPost(recent).version(), today.minusMonths(1), VacancyCause.LONG_ABSENCE,
                "Congé de longue maladie");
        assertEquals(1, demo().number("select count(*) from outgoing_mail where recipient = "
                + "'conseil.sud@demo.ctg-portal.invalid' and subject like 'Vacance de poste déclarée%' and body like ?",
                "%" + fr.ctgportal.model.doctrine.DoctrineFormats.date(today.minusMonths(1)) + "%"));
    }

    @Test
    @Order(8)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void theDailyWatchSuspendsTheFundingAfterTheGracePeriodOnly() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        long old = oldVacancy;
        long recent = recentVacancy;
        vacancyWatch.suspendExpired(today);
        LocalDate suspendedOn = posts.findPost(old).fundedUntil().plusDays(1);
        assertEquals(suspendedOn, posts.findPost(old).fundingSuspendedOn(),
                "vacant for 3 months: suspended from the day after its grace period");
        assertEquals(null, posts.findPost(recent).fundingSuspendedOn(), "vacant for 1 month: still funded");
        assertFalse(posts.findPost(old).verdict().decision().funded(), "the doctrine agrees: grace expired");
        vacancyWatch.suspendExpired(today.plusDays(1));
        assertEquals(1, demo().number("select count(*) from audit_event where entity_type = 'CooperationPost' "
                + "and entity_id = ? and action = 'FUNDING_SUSPENDED'", old), "once");
        assertEquals(suspendedOn, posts.findPost(old).fundingSuspendedOn());
        assertTrue(demo().number("select count(*) from outgoing_mail where subject like 'Financement suspendu%' "
                + "and recipient in ('rh.243000643@demo.ctg-portal.invalid', 'conseil.sud@demo.ctg-portal.invalid')") >= 2,
                "both sides are told");
        vacancyWatch.suspendExpired(today.plusMonths(1).plusDays(1));
        assertTrue(posts.findPost(recent).fundingSuspendedOn() != null, "after its own grace period");
    }
}

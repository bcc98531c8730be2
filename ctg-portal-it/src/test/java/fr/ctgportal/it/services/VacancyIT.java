package fr.ctgportal.it.services;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.it.services.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.ejb.post.PostView;
import fr.ctgportal.ejb.post.VacancyWatch;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.doctrine.VacancyGrace;
import fr.ctgportal.model.post.PostStatus;
import fr.ctgportal.model.post.VacancyCause;
import jakarta.inject.Inject;
import fr.ctgportal.ejb.platform.PageRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The end of a vacancy (issue 13): the holder's return after a long absence stops the grace period,
 * a vacancy declared by mistake is withdrawn with a reason before any suspension only, and a departure
 * announced ahead keeps the post filled until its day, the grace period running from it; the Caf sees
 * the date up to which the post stays funded on the post, in the territory's list and in the e-mail.
 * The posts are the test's own (copies of a Nîmes Métropole post, 0.80 FTE so that no other test picks them,
 * with no historical bonus so that the department's total stays the doctrine's).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VacancyIT extends DeployedServices {

    private static final String NIMES = "243000643";
    private static final String HR = "rh.nimes.vacances";
    private static final String CAF_MAIL = "conseil.sud@demo.ctg-portal.invalid";

    private static long absent;
    private static long mistaken;
    private static long leaving;

    @Inject
    private VacancyWatch watch;

    private Demo demo() {
        return database().member(HR, NIMES);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /** A filled post of Nîmes Métropole of this test's own, held by {@code holder}. */
    private long newPost(String title, String holder) {
        return demo().ownPost(NIMES, title, holder);
    }

    private long audits(long post, String action) {
        return demo().number("select count(*) from audit_event where entity_type = 'CooperationPost' and entity_id = ? "
                + "and action = ?", post, action);
    }

    @Test
    @Order(1)
    @AsUser(name = HR, roles = AUTHORITY_HR)
    void theHolderBackFromALongAbsenceFillsThePostAgainAndStopsTheGracePeriod() {
        absent = newPost("IT vacances : absence longue", "Dominique Absente");
        posts.assignOfficer(absent, posts.findPost(absent).version(), "coop.it.absente", true);
        refused("post.error.notAbsent",
                () -> posts.endAbsence(absent, posts.findPost(absent).version(), today(), null, null));
        PostView vacant = posts.declareVacancy(absent, posts.findPost(absent).version(), today().minusMonths(3),
                VacancyCause.LONG_ABSENCE, "Congé de longue maladie");
        assertEquals(VacancyGrace.lastFundedDay(today().minusMonths(3), 2), vacant.fundedUntil());
        watch.suspendExpired(today());
        PostView suspended = posts.findPost(absent);
        assertEquals(vacant.fundedUntil().plusDays(1), suspended.fundingSuspendedOn(),
                "beyond the grace period: from its first day after it");
        refused("post.error.returnDate", () -> posts.endAbsence(absent, suspended.version(),
                today().minusMonths(4), null, null));
        refused("post.error.returnDate", () -> posts.endAbsence(absent, suspended.version(),
                today().plusDays(1), null, null));

        PostView back = posts.endAbsence(absent, suspended.version(), today(), null, "Reprise à temps plein");
        assertEquals(PostStatus.FILLED, back.status());
        assertEquals("Dominique Absente", back.holderName());
        assertEquals("coop.it.absente", back.officerUsername(), "the officer reports again");
        assertTrue(back.ctgLead());
        assertNull(back.vacantSince());
        assertNull(back.fundedUntil());
        assertNull(back.fundingSuspendedOn(), "the holder is back: the funding resumes");
        assertEquals(1, audits(absent, "VACANCY_ENDED"));
        assertEquals(1, demo().number("select count(*) from outgoing_mail where recipient = ? "
                + "and subject like 'Retour du titulaire%' and body like ?", CAF_MAIL,
                "%" + DoctrineFormats.date(today()) + "%"));
        watch.suspendExpired(today().plusMonths(6));
        assertNull(posts.findPost(absent).fundingSuspendedOn(), "no grace period runs any more");
    }

    @Test
    @Order(2)
    @AsUser(name = HR, roles = AUTHORITY_HR)
    void aVacancyDeclaredByMistakeIsWithdrawnWithAReasonBeforeAnySuspensionOnly() {
        mistaken = newPost("IT vacances : déclarée par erreur", "Camille Présente");
        // not a month ago: WeighingAndFundingIT counts the Caf's e-mails of a vacancy declared a month ago
        LocalDate since = today().minusDays(40);
        PostView vacant = posts.declareVacancy(mistaken, posts.findPost(mistaken).version(), since,
                VacancyCause.DEPARTURE, null);
        String fundedUntil = DoctrineFormats.date(VacancyGrace.lastFundedDay(since, 2));
        assertEquals(1, demo().number("select count(*) from outgoing_mail where recipient = ? and subject like "
                + "'Vacance de poste déclarée : CTG-% « IT vacances : déclarée%' and body like ?", CAF_MAIL,
                "%jusqu’au " + fundedUntil + " inclus%"), "the e-mail says up to when the post stays funded");
        refused("post.error.withdrawReason", () -> posts.withdrawVacancy(mistaken, vacant.version(), null, " "));
        PostView withdrawn = posts.withdrawVacancy(mistaken, vacant.version(), null,
                "Erreur de poste : c’est un autre agent qui part");
        assertEquals(PostStatus.FILLED, withdrawn.status());
        assertEquals("Camille Présente", withdrawn.holderName());
        assertNull(withdrawn.vacancyCause());
        assertEquals("Erreur de poste : c’est un autre agent qui part", demo().text("select reason from audit_event "
                + "where entity_type = 'CooperationPost' and entity_id = ? and action = 'VACANCY_WITHDRAWN'",
                mistaken));
        assertEquals(1, demo().mails(CAF_MAIL, "Vacance retirée : CTG-% « IT vacances%"));
        refused("post.error.noVacancy", () -> posts.withdrawVacancy(mistaken, withdrawn.version(), null, "x"));

        PostView again = posts.declareVacancy(mistaken, withdrawn.version(), today().minusMonths(3),
                VacancyCause.DEPARTURE, null);
        watch.suspendExpired(today());
        refused("post.error.vacancySuspended",
                () -> posts.withdrawVacancy(mistaken, posts.findPost(mistaken).version(), null, "trop tard"));
        assertEquals(PostStatus.VACANT, posts.findPost(mistaken).status(), "nothing changed");
        assertTrue(again.version() < posts.findPost(mistaken).version());
    }

    @Test
    @Order(3)
    @AsUser(name = HR, roles = AUTHORITY_HR)
    void aDepartureAnnouncedAheadKeepsThePostFilledUntilItsDay() {
        leaving = newPost("IT vacances : départ annoncé", "Alex Partant");
        LocalDate leaves = today().plusDays(20);
        refused("post.error.departureDate",
                () -> posts.announceDeparture(leaving, posts.findPost(leaving).version(), today(), null));
        PostView announced = posts.announceDeparture(leaving, posts.findPost(leaving).version(), leaves,
                "Mutation au 1er du mois");
        assertEquals(PostStatus.FILLED, announced.status());
        assertTrue(announced.departureAnnounced());
        assertEquals("Alex Partant", announced.holderName());
        assertEquals(leaves, announced.vacantSince());
        assertEquals(VacancyGrace.lastFundedDay(leaves, 2), announced.fundedUntil(),
                "the grace runs from the departure");
        refused("post.error.alreadyVacant", () -> posts.declareVacancy(leaving, announced.version(), today(),
                VacancyCause.DEPARTURE, null));
        assertEquals(1, demo().number("select count(*) from outgoing_mail where recipient = ? and subject like "
                + "'Départ annoncé : CTG-% « IT vacances%' and body like ?", CAF_MAIL,
                "%le " + DoctrineFormats.date(leaves) + "%jusqu’au "
                        + DoctrineFormats.date(VacancyGrace.lastFundedDay(leaves, 2)) + " inclus%"));
        assertEquals(1, audits(leaving, "VACANCY_ANNOUNCED"));
    }

    @Test
    @Order(4)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void theCafSeesUpToWhenThePostStaysFundedAndTheWatchStartsTheVacancyOnItsDay() {
        LocalDate leaves = today().plusDays(20);
        LocalDate until = VacancyGrace.lastFundedDay(leaves, 2);
        PostView onThePost = posts.findPost(leaving);
        assertEquals(until, onThePost.fundedUntil());
        PostView inTheList = posts.pagePosts(PageRequest.firstPage(PageRequest.MAX_SIZE).with("territory",
                String.valueOf(onThePost.territoryId()))).rows().stream().filter(p -> p.id() == leaving).findFirst()
                .orElseThrow();
        assertEquals(until, inTheList.fundedUntil());
        assertTrue(inTheList.departureAnnounced());

        watch.suspendExpired(leaves.minusDays(1));
        assertEquals(PostStatus.FILLED, posts.findPost(leaving).status(), "not yet");
        watch.suspendExpired(leaves);
        PostView vacant = posts.findPost(leaving);
        assertEquals(PostStatus.VACANT, vacant.status());
        assertNull(vacant.holderName());
        assertFalse(vacant.departureAnnounced());
        assertEquals(1, audits(leaving, "VACANCY_STARTED"));
        watch.suspendExpired(until);
        assertNull(posts.findPost(leaving).fundingSuspendedOn(), "funded to its last day");
        watch.suspendExpired(until.plusDays(1));
        assertEquals(until.plusDays(1), posts.findPost(leaving).fundingSuspendedOn());
    }
}

package fr.ctgportal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.ejb.jobs.DailyRun;
import fr.ctgportal.ejb.jobs.JobRuns;
import fr.ctgportal.ejb.mail.MailDelivery;
import fr.ctgportal.it.env.TestEnvironment;
import fr.ctgportal.model.jobs.DailyJob;
import fr.ctgportal.model.jobs.JobRun;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Nothing done twice when two runs race (two threads here, two nodes in {@code TwoNodesIT}): a daily
 * job claimed by one run of the day, and each mail of the outbox delivered by one relay, found once in
 * GreenMail. A year of reports no other test reads.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExactlyOnceIT extends DeployedServices {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Recipients of the outbox test, theirs only. */
    private static final String RELAY = "relais-%d@exactly-once.invalid";
    private static final int MAILS = 12;

    @Inject
    private DailyRun daily;

    @Inject
    private JobRuns runs;

    @Inject
    private MailDelivery delivery;

    private static int year() {
        return LocalDate.now(PARIS).getYear() + 4;
    }

    /** Runs both tasks at the same instant (a barrier releases them together), returns both results. */
    private static <T> List<T> together(Callable<T> first, Callable<T> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> results = new ArrayList<>();
            for (Callable<T> task : List.of(first, second)) {
                results.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            List<T> values = new ArrayList<>();
            for (Future<T> result : results) {
                values.add(result.get());
            }
            return values;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    @Order(1)
    void theDailyJobOfADayRunsOnceWhenTwoRunsRace() throws Exception {
        LocalDate day = LocalDate.of(year() + 1, 6, 20); // 10 days before the reports of year() are due
        assertEquals(Map.of(), daily.runDue(ZonedDateTime.of(day, LocalTime.of(6, 59), PARIS)), "not before 7:00");
        assertTrue(runs.ofDay(day).isEmpty());

        List<Map<DailyJob, Integer>> both = together(() -> daily.runOnce(day, DailyJob.REPORT_REMINDERS),
                () -> daily.runOnce(day, DailyJob.REPORT_REMINDERS));
        assertEquals(1, both.stream().filter(done -> done.containsKey(DailyJob.REPORT_REMINDERS)).count(),
                "one run claimed the job: " + both);
        assertTrue(both.stream().mapToInt(done -> done.getOrDefault(DailyJob.REPORT_REMINDERS, 0)).sum() >= 1);
        assertEquals(1, database().mails("rh.uzes@demo.ctg-portal.invalid",
                "Rappel : rapport d’activité " + year() + " à remettre%"), "each reminder once");

        List<JobRun> ofDay = runs.ofDay(day);
        assertEquals(1, ofDay.size());
        assertNotNull(ofDay.get(0).getFinishedAt());
        assertEquals(Map.of(), daily.runOnce(day, DailyJob.REPORT_REMINDERS), "the day's job is done");
    }

    @Test
    @Order(2)
    void aRunLeftUnfinishedByADeadNodeIsTakenOverLater() {
        LocalDate day = LocalDate.of(year() + 2, 1, 2);
        Instant now = Instant.now();
        assertTrue(daily.claim(DailyJob.REPORT_REMINDERS, day, "node-a", now, now.minusSeconds(7200)));
        assertFalse(daily.claim(DailyJob.REPORT_REMINDERS, day, "node-b", now, now.minusSeconds(7200)),
                "running on node-a");
        assertTrue(daily.claim(DailyJob.REPORT_REMINDERS, day, "node-b", now.plusSeconds(7300), now.plusSeconds(100)),
                "node-a died: taken over after two hours");
        runs.finish(DailyJob.REPORT_REMINDERS, day, "node-b", now.plusSeconds(7301), "0");
        assertFalse(
                daily.claim(DailyJob.REPORT_REMINDERS, day, "node-c", now.plusSeconds(99999), now.plusSeconds(99000)),
                "a finished run is never run again");
        assertEquals("node-b", runs.ofDay(day).get(0).getNode());
    }

    @Test
    @Order(3)
    void twoRelaysDeliverAFullOutboxOnce() throws Exception {
        Demo db = database();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < MAILS; i++) {
            db.update("insert into outgoing_mail (recipient, subject, body, queued_at, attempts) "
                    + "values (?, ?, 'Corps', current_timestamp(3), 0)", RELAY.formatted(i), "Une fois " + i);
            ids.add(db.number("select max(id) from outgoing_mail where recipient = ?", RELAY.formatted(i)));
        }
        Callable<Integer> relay = () -> {
            int sent = 0;
            for (long id : ids) {
                sent += delivery.deliver(id) ? 1 : 0;
            }
            return sent;
        };
        List<Integer> sent = together(relay, relay);
        // the portal's own relay (every minute) may take some: never more than one send per mail
        assertTrue(sent.get(0) + sent.get(1) <= MAILS, "sent " + sent);
        // a mail the portal's relay took is skipped by both and sent by it: wait for its commit
        String unsent = "select count(*) from outgoing_mail where recipient like '%@exactly-once.invalid' "
                + "and sent_at is null";
        for (int second = 0; second < 90 && db.number(unsent) > 0; second++) {
            Thread.sleep(1000);
        }
        assertEquals(0, db.number("select count(*) from outgoing_mail where recipient like '%@exactly-once.invalid' "
                + "and (sent_at is null or attempts <> 1)"), "every mail sent, by one attempt");
    }

    @Test
    @Order(4)
    @RunAsClient
    void greenMailReceivedEachMailOnce() {
        for (int i = 0; i < MAILS; i++) {
            assertEquals(1, TestEnvironment.mailbox().receivedBy(RELAY.formatted(i)).size(), RELAY.formatted(i));
        }
    }
}

package fr.ctgportal.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.authority.AuthorityType;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.territory.Territory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A departmental network meeting: recorded once held, with a title; attendance taken per territory. */
class NetworkMeetingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Stamp MANAGER = Stamp.of("direction.caf", Instant.parse("2026-06-01T08:00:00Z"));

    private static void refused(String key, Executable change) {
        assertEquals(key, assertThrows(DomainRuleException.class, change).getMessageKey());
    }

    private static CooperationPost post(String territory) {
        return CooperationPost.created(new Authority("200000000", "CC " + territory, AuthorityType.COMMUNES_COMMUNITY,
                new Territory(territory, 10000, BigDecimal.TEN), true), "Chargé(e) de coopération");
    }

    @Test
    void recordedOnceHeldWithATitle() {
        NetworkMeeting meeting = NetworkMeeting.record(TODAY, "  Réunion du réseau  ", MANAGER, TODAY);
        assertEquals("Réunion du réseau", meeting.getTitle());
        assertEquals(TODAY, meeting.getHeldOn());
        assertEquals(MANAGER, meeting.getRecorded());
        assertTrue(meeting.getPresent().isEmpty());
    }

    @Test
    void refusesAFutureDayOrAMissingOrOverlongTitle() {
        refused("network.error.date", () -> NetworkMeeting.record(TODAY.plusDays(1), "Réunion", MANAGER, TODAY));
        refused("network.error.date", () -> NetworkMeeting.record(null, "Réunion", MANAGER, TODAY));
        refused("network.error.title", () -> NetworkMeeting.record(TODAY, " ", MANAGER, TODAY));
        refused("network.error.title", () -> NetworkMeeting.record(TODAY, null, MANAGER, TODAY));
        refused("network.error.title", () -> NetworkMeeting.record(TODAY, "x".repeat(TextLimit.TITLE.max() + 1),
                MANAGER, TODAY));
        assertEquals(TextLimit.TITLE.max(), NetworkMeeting.record(TODAY, "x".repeat(TextLimit.TITLE.max()), MANAGER,
                TODAY).getTitle().length());
    }

    @Test
    void attendanceIsReplacedOnlyWithinTheRecordersTerritories() {
        CooperationPost uzes = post("Pays d'Uzès");
        CooperationPost ales = post("Alès");
        NetworkMeeting meeting = NetworkMeeting.record(TODAY, "Réunion", MANAGER, TODAY);
        meeting.recordAttendance(p -> true, Set.of(uzes, ales), MANAGER.at());
        meeting.recordAttendance(p -> p == uzes, Set.of(), MANAGER.at());
        assertFalse(meeting.attendedBy(uzes), "the advisor of Uzès corrected its post");
        assertTrue(meeting.attendedBy(ales), "Alès keeps what was recorded for it");
    }
}

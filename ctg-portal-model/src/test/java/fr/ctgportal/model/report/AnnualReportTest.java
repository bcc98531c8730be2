package fr.ctgportal.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.network.NetworkMeeting;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The lifecycle of an annual report, without a container: opened as a draft, saved, refused while
 * incomplete, sent, remarked by the employer, sent back by the Caf, sent again, accepted with the
 * annual evaluation and locked; each refusal names its message.
 */
class AnnualReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Stamp CAF = Stamp.of("conseil.sud", NOW);
    private static final Stamp HR = Stamp.of("rh.uzes", NOW);
    private static final Stamp OFFICER = Stamp.of("coop.uzes", NOW);

    /** Two functions: a lead-only count and a count with its nature; a judgement. */
    private static final IndicatorFrame FRAME = new IndicatorFrame(IndicatorFrame.CURRENT_EDITION, List.of(
            new FrameFunction("1.1", 1, "Piloter", "Animer le Copil", "", List.of(
                    new FrameIndicator("1.1-S1", "1.1", IndicatorKind.FOLLOW_UP, AnswerType.COUNT, true,
                            "Réunions du Copil"),
                    new FrameIndicator("1.1-S2", "1.1", IndicatorKind.FOLLOW_UP, AnswerType.COUNT_AND_TEXT, false,
                            "Nombre et nature des expertises"))),
            new FrameFunction("2.1", 2, "Informer", "Faire connaître", "", List.of(
                    new FrameIndicator("2.1-S1", "2.1", IndicatorKind.EVALUATION, AnswerType.TEXT, false,
                            "Visibilité")))));

    private final CooperationPost post = new CooperationPost() {
    };

    private AnnualReport draft() {
        return AnnualReport.open(post, "coop.uzes", 2025, false, DUE, TODAY);
    }

    private static List<ReportAnswer> complete() {
        return List.of(new ReportAnswer("1.1-S2", 2, " Petite enfance "),
                new ReportAnswer("2.1-S1", null, "Meilleure"));
    }

    private static Map<String, String> texts() {
        return Map.of("1.1", "Trois Copil.", "2.1", "Une lettre.");
    }

    private AnnualReport submitted() {
        AnnualReport report = draft();
        report.saveDraft(FRAME, complete(), texts(), NOW);
        report.submit(FRAME, OFFICER);
        return report;
    }

    private static void refused(String key, Executable change) {
        assertEquals(key, assertThrows(DomainRuleException.class, change).getMessageKey());
    }

    @Test
    void opensLastYearsOrThisYearsReportAsADraft() {
        AnnualReport report = draft();
        assertEquals(ReportStatus.DRAFT, report.getStatus());
        assertEquals(IndicatorFrame.CURRENT_EDITION, report.getEdition());
        assertEquals(DUE, report.getDueDate());
        assertSame(post, report.getPost());
        assertFalse(report.sentToCaf());
        assertEquals(List.of(2025, 2026), AnnualReport.openableYears(TODAY));
        assertEquals(2026, AnnualReport.open(post, "coop.uzes", 2026, true, DUE.plusYears(1), TODAY).getYear());
        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> AnnualReport.open(post, "coop.uzes", 2024, false, DUE, TODAY));
        assertEquals("report.error.year", e.getMessageKey());
        assertEquals(List.of("2025", "2026"), List.of(e.getArguments()));
    }

    @Test
    void savesTheDraftAsTypedStrippedAndWithoutEmptyAnswers() {
        AnnualReport report = draft();
        int kept = report.saveDraft(FRAME, List.of(new ReportAnswer("1.1-S2", 3, "  Expertise  "),
                new ReportAnswer("2.1-S1", null, " ")), Map.of("1.1", " Bilan ", "2.1", " "), NOW);
        assertEquals(1, kept);
        assertEquals("Expertise", report.answersByCode().get("1.1-S2").getTextValue());
        assertEquals(Map.of("1.1", "Bilan"), report.getFunctionTexts());
        assertEquals(List.of("2.1-S1", "2.1"), report.missing(FRAME), "the lead-only indicator is not asked");
    }

    @Test
    void refusesWhatTheFrameDoesNotAskOrAllow() {
        AnnualReport report = draft();
        refused("report.error.unknownIndicator", () -> report.saveDraft(FRAME,
                List.of(new ReportAnswer("1.1-S1", 3, null)), Map.of(), NOW));
        refused("report.error.unknownIndicator", () -> report.saveDraft(FRAME,
                List.of(new ReportAnswer("9.9-S9", 3, null)), Map.of(), NOW));
        refused("report.error.unknownIndicator", () -> report.saveDraft(FRAME,
                List.of(new ReportAnswer("1.1-S2", 3, null), new ReportAnswer("1.1-S2", 4, null)), Map.of(), NOW));
        refused("report.error.unknownIndicator", () -> report.saveDraft(FRAME, List.of(), Map.of("9.9", "x"), NOW));
        refused("report.error.count", () -> report.saveDraft(FRAME,
                List.of(new ReportAnswer("1.1-S2", -1, null)), Map.of(), NOW));
        refused("report.error.count", () -> report.saveDraft(FRAME,
                List.of(new ReportAnswer("1.1-S2", AnnualReport.MAX_COUNT + 1, null)), Map.of(), NOW));
        String tooLong = "x".repeat(TextLimit.ANSWER.max() + 1);
        refused("report.error.textTooLong", () -> report.saveDraft(FRAME,
                List.of(new ReportAnswer("1.1-S2", 1, tooLong)), Map.of(), NOW));
        refused("report.error.textTooLong", () -> report.saveDraft(FRAME, List.of(), Map.of("1.1", tooLong), NOW));
        assertTrue(report.answersByCode().isEmpty(), "nothing saved");
    }

    @Test
    void theLeadOfficerIsAskedTheLeadOnlyIndicator() {
        AnnualReport lead = AnnualReport.open(post, "coop.ales", 2025, true, DUE, TODAY);
        lead.saveDraft(FRAME, List.of(new ReportAnswer("1.1-S1", 6, null)), Map.of(), NOW);
        assertEquals(6, lead.answersByCode().get("1.1-S1").getCountValue());
    }

    @Test
    void isSentOnlyOnceComplete() {
        AnnualReport report = draft();
        report.saveDraft(FRAME, List.of(new ReportAnswer("1.1-S2", 2, null)), texts(), NOW);
        DomainRuleException e = assertThrows(DomainRuleException.class, () -> report.submit(FRAME, OFFICER));
        assertEquals("report.error.missing", e.getMessageKey());
        assertEquals(List.of("1.1-S2, 2.1-S1"), List.of(e.getArguments()), "a count of 2 needs its nature");
        assertEquals(ReportStatus.DRAFT, report.getStatus());

        report.saveDraft(FRAME, complete(), texts(), NOW);
        report.submit(FRAME, OFFICER);
        assertEquals(ReportStatus.SUBMITTED, report.getStatus());
        assertEquals(NOW, report.getSubmittedAt());
        assertTrue(report.sentToCaf());
    }

    @Test
    void attachesPdfsToTheDraftOnly() {
        AnnualReport report = draft();
        StoredDocument pdf = new StoredDocument("copil.pdf", "application/pdf", 10, "00", "coop.uzes", NOW);
        report.attach(() -> pdf, NOW);
        assertEquals(List.of(pdf), report.getAttachments());
        report.saveDraft(FRAME, complete(), texts(), NOW);
        report.submit(FRAME, OFFICER);
        refused("report.error.locked", () -> report.attach(() -> {
            throw new AssertionError("nothing is stored for a locked report");
        }, NOW));
    }

    @Test
    void aSentReportIsNoLongerTheOfficers() {
        AnnualReport report = submitted();
        refused("report.error.locked", () -> report.saveDraft(FRAME, complete(), texts(), NOW));
        refused("report.error.locked", () -> report.submit(FRAME, OFFICER));
    }

    @Test
    void theEmployerRemarksOnASentReportUntilItIsAccepted() {
        AnnualReport draft = draft();
        refused("report.error.remarkState", () -> draft.remark("Conforme.", HR));
        AnnualReport report = submitted();
        refused("report.error.remarks", () -> report.remark(" ", HR));
        refused(TextLimit.TOO_LONG, () -> report.remark("x".repeat(TextLimit.ANSWER.max() + 1), HR));
        report.remark(" Activité conforme. ", HR);
        assertEquals("Activité conforme.", report.getEmployerRemarks());
        assertEquals(HR, report.getRemarked());
        report.askAdditions("Préciser 2.1.", CAF);
        report.remark("Complété.", HR);
        assertEquals("Complété.", report.getEmployerRemarks());
        report.saveDraft(FRAME, complete(), texts(), NOW);
        report.submit(FRAME, OFFICER);
        report.accept("Bilan.", CAF, TODAY);
        refused("report.error.remarkState", () -> report.remark("Trop tard.", HR));
    }

    @Test
    void theCafAsksForAdditionsAndTheOfficerSendsItAgain() {
        AnnualReport report = submitted();
        refused("report.error.comment", () -> report.askAdditions("", CAF));
        report.askAdditions(" Préciser la nature des supports (2.1). ", CAF);
        assertEquals(ReportStatus.TO_COMPLETE, report.getStatus());
        assertEquals("Préciser la nature des supports (2.1).", report.getCafComment());
        assertEquals(CAF, report.getAdditionsAsked());
        assertTrue(report.sentToCaf(), "the Caf still sees it");
        refused("report.error.notSubmitted", () -> report.accept("Bilan.", CAF, TODAY));
        refused("report.error.notSubmitted", () -> report.askAdditions("Encore.", CAF));

        report.saveDraft(FRAME, complete(), texts(), NOW);
        report.submit(FRAME, OFFICER);
        assertEquals(ReportStatus.SUBMITTED, report.getStatus());
    }

    @Test
    void acceptedWithTheAnnualEvaluationItIsLocked() {
        AnnualReport report = submitted();
        refused("report.error.evaluation", () -> report.accept(" ", CAF, TODAY));
        assertEquals(ReportStatus.SUBMITTED, report.getStatus(), "nothing changed");
        Evaluation annual = report.accept(" Activité soutenue. ", CAF, TODAY);
        assertEquals(ReportStatus.ACCEPTED, report.getStatus());
        assertEquals(CAF, report.getAccepted());
        assertEquals(EvaluationKind.ANNUAL, annual.getKind());
        assertEquals(2025, annual.getReportYear());
        assertEquals(TODAY, annual.getEvaluatedOn());
        assertEquals("Activité soutenue.", annual.getText());
        assertSame(post, annual.getPost());
        assertNull(annual.getConclusion());

        refused("report.error.notSubmitted", () -> report.accept("Encore.", CAF, TODAY));
        refused("report.error.notSubmitted", () -> report.askAdditions("Encore.", CAF));
        refused("report.error.locked", () -> report.saveDraft(FRAME, complete(), texts(), NOW));
        refused("report.error.locked", () -> report.submit(FRAME, OFFICER));
    }

    @Test
    void lateWhileWithTheOfficerAfterTheDueDate() {
        AnnualReport report = draft();
        assertFalse(report.lateOn(DUE));
        assertTrue(report.lateOn(DUE.plusDays(1)));
        report.saveDraft(FRAME, complete(), texts(), NOW);
        report.submit(FRAME, OFFICER);
        assertFalse(report.lateOn(DUE.plusDays(1)), "with the Caf");
        report.askAdditions("Préciser.", CAF);
        assertTrue(report.lateOn(DUE.plusDays(1)), "sent back counts as late");
    }

    @Test
    void theCafWritesIntermediateAndEndOfTermEvaluations() {
        refused("evaluation.error.kind",
                () -> Evaluation.written(post, EvaluationKind.ANNUAL, TODAY, "x", null, CAF, TODAY));
        refused("evaluation.error.kind", () -> Evaluation.written(post, null, TODAY, "x", null, CAF, TODAY));
        refused("evaluation.error.date",
                () -> Evaluation.written(post, EvaluationKind.INTERMEDIATE, TODAY.plusDays(1), "x",
                        null, CAF, TODAY));
        refused("evaluation.error.date",
                () -> Evaluation.written(post, EvaluationKind.INTERMEDIATE, null, "x", null, CAF,
                        TODAY));
        refused("evaluation.error.conclusion",
                () -> Evaluation.written(post, EvaluationKind.END_OF_TERM, TODAY, "Bilan",
                        null, CAF, TODAY));
        refused("evaluation.error.text",
                () -> Evaluation.written(post, EvaluationKind.INTERMEDIATE, TODAY, " ", null, CAF,
                        TODAY));

        Evaluation intermediate = Evaluation.written(post, EvaluationKind.INTERMEDIATE, TODAY.minusDays(10),
                " Engagée. ",
                RenewalConclusion.DO_NOT_RENEW, CAF, TODAY);
        assertNull(intermediate.getConclusion(), "no conclusion on an intermediate one");
        assertEquals("Engagée.", intermediate.getText());
        assertEquals(CAF, intermediate.getWritten());
        Evaluation end = Evaluation.written(post, EvaluationKind.END_OF_TERM, TODAY, "Progression.",
                RenewalConclusion.RENEW_WITH_CONDITIONS, CAF, TODAY);
        assertEquals(RenewalConclusion.RENEW_WITH_CONDITIONS, end.getConclusion());
        assertNull(end.getReportYear());
    }

    @Test
    void keepsEveryRequestForAdditionsInOrder() {
        AnnualReport report = submitted();
        Stamp first = Stamp.of("conseil.sud", NOW);
        report.askAdditions("Préciser 1.1.", first);
        report.saveDraft(FRAME, complete(), texts(), NOW);
        report.submit(FRAME, OFFICER);
        Stamp second = Stamp.of("direction.caf", NOW.plusSeconds(60));
        report.askAdditions("Joindre le compte rendu.", second);
        assertEquals(List.of("Préciser 1.1.", "Joindre le compte rendu."),
                report.getAdditionsRequests().stream().map(AdditionsRequest::getComment).toList());
        assertEquals(second, report.getAdditionsRequests().get(1).getAsked());
        assertEquals("Joindre le compte rendu.", report.getCafComment(), "the last one");
    }

    @Test
    void aDraftIsHandedOverToTheNextOfficerAndRecordsWhoSentIt() {
        AnnualReport report = draft();
        assertFalse(report.handOver("coop.uzes"), "already theirs");
        assertTrue(report.handOver("coop.suivant"));
        assertEquals("coop.suivant", report.getOfficerUsername());
        report.saveDraft(FRAME, complete(), texts(), NOW);
        report.submit(FRAME, HR);
        assertEquals("rh.uzes", report.getSubmittedBy(), "the employer's HR finished it");
        refused("report.error.locked", () -> report.handOver("coop.autre"));
    }

    @Test
    void aReportIsExpectedOfAPostFundedDuringTheYear() {
        CooperationPost funded = new CooperationPost() {
        };
        assertTrue(AnnualReport.expectedOf(funded, 2025), "with an officer or not");
        CooperationPost ended = new CooperationPost() {
        };
        ended.endFunding(LocalDate.of(2025, 6, 1));
        assertTrue(AnnualReport.expectedOf(ended, 2025), "funded part of the year");
        assertFalse(AnnualReport.expectedOf(ended, 2026), "no longer funded");
    }

    @Test
    void anIntermediateEvaluationComesFromAMeetingWithItsMinutes() {
        NetworkMeeting meeting = NetworkMeeting.record(TODAY.minusDays(5), "Réunion de réseau", CAF, TODAY);
        StoredDocument minutes = new StoredDocument("cr.pdf", "application/pdf", 10, "00", "conseil.sud", NOW);
        Evaluation end = Evaluation.written(post, EvaluationKind.END_OF_TERM, TODAY, "Bilan.",
                RenewalConclusion.RENEW, CAF, TODAY);
        refused("evaluation.error.meetingKind", () -> end.cameFrom(meeting, null));
        Evaluation intermediate = Evaluation.written(post, EvaluationKind.INTERMEDIATE, TODAY.minusDays(6), "Engagée.",
                null, CAF, TODAY);
        refused("evaluation.error.meetingDate", () -> intermediate.cameFrom(meeting, () -> {
            throw new AssertionError("nothing is stored for a refusal");
        }));
        refused("evaluation.error.minutesMeeting", () -> intermediate.cameFrom(null, () -> minutes));
        Evaluation fromMeeting = Evaluation.written(post, EvaluationKind.INTERMEDIATE, TODAY, "Engagée.", null, CAF,
                TODAY);
        fromMeeting.cameFrom(meeting, () -> minutes);
        assertSame(meeting, fromMeeting.getMeeting());
        assertSame(minutes, fromMeeting.getMinutes());
    }
}

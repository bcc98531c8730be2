package fr.ctgportal.model.recruitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.authority.AuthorityType;
import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.territory.Territory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The life of a recruitment file without a container, the way Cargo Tracker's CargoTest drives a
 * cargo: the allowed paths, and each refusal with the key of its message.
 */
class RecruitmentFileTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 11, 17);

    private final Territory territory = new Territory("Pays d'Uzès", 30000, new BigDecimal("500"));
    private final Authority authority = new Authority("200034379", "CC Pays d'Uzès", AuthorityType.COMMUNES_COMMUNITY,
            territory, true);

    private static Stamp hr(int minutes) {
        return Stamp.of("rh.uzes", T0.plusSeconds(60L * minutes));
    }

    private static Stamp advisor(int minutes) {
        return Stamp.of("conseil.sud", T0.plusSeconds(60L * minutes));
    }

    private static Stamp manager(int minutes) {
        return Stamp.of("direction.caf", T0.plusSeconds(60L * minutes));
    }

    private static void refused(String key, Executable change) {
        DomainRuleException e = assertThrows(DomainRuleException.class, change);
        assertEquals(key, e.getMessageKey());
    }

    private static List<ItemReview> all(ItemVerdict verdict, String comment) {
        return Arrays.stream(DescriptionItem.values()).map(i -> new ItemReview(i, verdict, comment)).toList();
    }

    private static List<ItemReview> missionsToChange() {
        return Arrays.stream(DescriptionItem.values()).map(i -> i == DescriptionItem.MISSIONS
                ? new ItemReview(i, ItemVerdict.TO_CHANGE, "Préciser le diagnostic")
                : new ItemReview(i, ItemVerdict.CONFORM, null)).toList();
    }

    private RecruitmentFile opened() {
        return RecruitmentFile.forReplacement(CooperationPost.created(authority, "Chargé·e de coopération"), hr(0));
    }

    private RecruitmentFile agreed() {
        RecruitmentFile file = opened();
        file.saveDescription(JobDescriptionContentTest.complete(), hr(1));
        file.submitDescription(hr(2), DUE);
        file.reviewDescription(ReviewOutcome.AGREED, all(ItemVerdict.CONFORM, null), advisor(3));
        return file;
    }

    private Candidate candidate(RecruitmentFile file, String name) {
        return file.addCandidate(name, Qualification.BAC3_OR_ABOVE, "Master",
                EmploymentFramework.TERRITORIAL_ANIMATOR_B,
                "En poste", hr(4));
    }

    private RecruitmentFile withOpinion(CandidateOpinion opinion) {
        RecruitmentFile file = agreed();
        file.proposeCandidate(candidate(file, "Camille Martin"), "Meilleur entretien", DUE);
        file.giveOpinion(opinion, "Motifs de l'avis", advisor(5));
        return file;
    }

    @Test
    void aFileOpensAsADraftWithAnEmptyFirstVersion() {
        RecruitmentFile file = opened();
        assertEquals(RecruitmentStage.DRAFT, file.getStage());
        assertEquals(RecruitmentKind.REPLACEMENT, file.getKind());
        assertEquals(authority, file.getAuthority());
        assertEquals(territory, file.getTerritory());
        assertEquals(hr(0), file.getOpened());
        assertEquals(1, file.getDescriptions().size());
        assertFalse(file.latestDescription().isSubmitted());
        assertNull(file.getOpinion());
        assertNull(file.getDueDate());
    }

    @Test
    void aNewPostNeedsATitleOfANamesLength() {
        RecruitmentFile file = RecruitmentFile.forNewPost(authority, "  Création de poste  ", hr(0));
        assertEquals(RecruitmentKind.NEW_POST, file.getKind());
        assertEquals("Création de poste", file.getTitle());
        assertNull(file.getPost());
        refused("recruitment.error.title", () -> RecruitmentFile.forNewPost(authority, " ", hr(0)));
        refused("recruitment.error.title", () -> RecruitmentFile.newPostTitle("x".repeat(TextLimit.NAME.max() + 1)));
    }

    @Test
    void theDescriptionIsSavedIncompleteButSubmittedOnlyComplete() {
        RecruitmentFile file = opened();
        file.saveDescription(JobDescriptionContent.empty(), hr(1));
        refused("recruitment.error.incomplete", () -> file.submitDescription(hr(2), DUE));
        JobDescriptionContent c = JobDescriptionContentTest.complete();
        refused("recruitment.error.employmentFte", () -> file.saveDescription(new JobDescriptionContent(c.missions(),
                c.activities(), c.themes(), new BigDecimal("1.50"), c.cooperationShare(), c.organisation(),
                c.frameworks(),
                c.minimumQualification(), c.annualCost(), c.cofinancingShare(), c.cofinancing()), hr(1)));

        JobDescription saved = file.saveDescription(c, hr(1));
        assertSame(file.latestDescription(), saved, "the working version is rewritten");
        assertEquals(hr(1), saved.getSaved());
        JobDescription submitted = file.submitDescription(hr(2), DUE);
        assertEquals(RecruitmentStage.DESCRIPTION_SUBMITTED, file.getStage());
        assertEquals(hr(2), submitted.getSubmitted());
        assertEquals(DUE, file.getDueDate(), "the Caf has to answer");
        assertTrue(file.isLate(DUE.plusDays(1)));
        assertFalse(file.isLate(DUE));
        refused("recruitment.error.wrongStage", () -> file.saveDescription(c, hr(3)));
        refused("recruitment.error.wrongStage", () -> file.submitDescription(hr(3), DUE));
    }

    @Test
    void changesRequestedThenRevisedAndResubmittedAsANewVersion() {
        RecruitmentFile file = opened();
        file.saveDescription(JobDescriptionContentTest.complete(), hr(1));
        StoredDocument pdf = new StoredDocument("fiche.pdf", "application/pdf", 10, "0".repeat(64), "rh.uzes", T0);
        file.attachDescriptionDocument(pdf);
        file.submitDescription(hr(2), DUE);
        file.reviewDescription(ReviewOutcome.CHANGES_REQUESTED, missionsToChange(), advisor(3));
        assertEquals(RecruitmentStage.DESCRIPTION_TO_REVISE, file.getStage());
        assertNull(file.getDueDate());
        assertEquals(advisor(3), file.latestDescription().getReviewed());

        refused("recruitment.error.nothingRevised", () -> file.submitDescription(hr(4), DUE));
        JobDescription second = file.saveDescription(JobDescriptionContentTest.complete(), hr(4));
        assertEquals(2, second.getNumber(), "each version is kept");
        assertSame(pdf, second.getDocument(), "the PDF carries over");
        StoredDocument revisedPdf = new StoredDocument("fiche v2.pdf", "application/pdf", 10, "1".repeat(64),
                "rh.uzes", T0);
        assertNull(file.attachDescriptionDocument(revisedPdf), "the first version keeps its PDF");
        StoredDocument thirdPdf = new StoredDocument("fiche v3.pdf", "application/pdf", 10, "2".repeat(64),
                "rh.uzes", T0);
        assertSame(revisedPdf, file.attachDescriptionDocument(thirdPdf), "a draft's replaced PDF is to delete");
        assertSame(thirdPdf, second.getDocument());
        assertSame(pdf, file.getDescriptions().get(0).getDocument());
        file.submitDescription(hr(5), DUE);
        assertEquals(RecruitmentStage.DESCRIPTION_SUBMITTED, file.getStage());
        file.reviewDescription(ReviewOutcome.AGREED, all(ItemVerdict.CONFORM, " "), advisor(6));
        assertEquals(RecruitmentStage.DESCRIPTION_AGREED, file.getStage());
        assertEquals(2, file.getDescriptions().size());
    }

    @Test
    void theReviewNamesEveryItemAndMatchesItsOutcome() {
        RecruitmentFile file = opened();
        file.saveDescription(JobDescriptionContentTest.complete(), hr(1));
        refused("recruitment.error.wrongStage",
                () -> file.reviewDescription(ReviewOutcome.AGREED, all(ItemVerdict.CONFORM, null), advisor(2)));
        file.submitDescription(hr(2), DUE);
        refused("recruitment.error.reviewOutcome", () -> file.reviewDescription(null, missionsToChange(), advisor(3)));
        refused("recruitment.error.everyItem", () -> file.reviewDescription(ReviewOutcome.AGREED,
                missionsToChange().subList(1, DescriptionItem.values().length), advisor(3)));
        refused("recruitment.error.commentRequired",
                () -> file.reviewDescription(ReviewOutcome.CHANGES_REQUESTED, all(ItemVerdict.TO_CHANGE, " "),
                        advisor(3)));
        refused("recruitment.error.textTooLong", () -> file.reviewDescription(ReviewOutcome.CHANGES_REQUESTED,
                all(ItemVerdict.TO_CHANGE, "x".repeat(TextLimit.COMMENT.max() + 1)), advisor(3)));
        refused("recruitment.error.agreeWithChanges",
                () -> file.reviewDescription(ReviewOutcome.AGREED, missionsToChange(), advisor(3)));
        refused("recruitment.error.changesWithoutItem",
                () -> file.reviewDescription(ReviewOutcome.CHANGES_REQUESTED, all(ItemVerdict.CONFORM, null),
                        advisor(3)));
        assertEquals(RecruitmentStage.DESCRIPTION_SUBMITTED, file.getStage(), "nothing recorded");

        List<ItemReview> kept = file.reviewDescription(ReviewOutcome.CHANGES_REQUESTED, missionsToChange(), advisor(3));
        assertEquals(DescriptionItem.values().length, kept.size());
        assertEquals("Préciser le diagnostic", kept.get(0).getComment());
    }

    @Test
    void candidatesAreShortlistedOnceTheDescriptionIsAgreed() {
        refused("recruitment.error.wrongStage", () -> candidate(opened(), "Trop tôt"));
        RecruitmentFile file = agreed();
        refused("recruitment.error.candidateName", () -> candidate(file, " "));
        refused("recruitment.error.textTooLong", () -> candidate(file, "x".repeat(TextLimit.NAME.max() + 1)));
        refused("recruitment.error.candidateProfile", () -> file.addCandidate("Camille Martin", null, null,
                EmploymentFramework.OTHER, null, hr(4)));
        refused("recruitment.error.candidateProfile",
                () -> file.addCandidate("Camille Martin", Qualification.BAC2, null,
                        null, null, hr(4)));
        Candidate camille = file.addCandidate(" Camille Martin ", Qualification.BAC2, " ", EmploymentFramework.OTHER,
                null, hr(4));
        assertEquals("Camille Martin", camille.getFullName());
        assertNull(camille.getDiploma(), "blank is nothing");
        assertEquals(hr(4), camille.getAdded());
        assertEquals(List.of(camille), file.getCandidates());
    }

    @Test
    void theAuthorityProposesOneOfItsCandidatesWithItsReasons() {
        RecruitmentFile file = agreed();
        Candidate camille = candidate(file, "Camille Martin");
        Candidate foreign = candidate(agreed(), "Ailleurs");
        refused("recruitment.error.unknownCandidate", () -> file.proposeCandidate(foreign, "Motifs", DUE));
        refused("recruitment.error.unknownCandidate", () -> file.candidate(42L));
        refused("recruitment.error.choiceReasons", () -> file.proposeCandidate(camille, " ", DUE));
        file.proposeCandidate(camille, " Meilleur entretien ", DUE);
        assertEquals(RecruitmentStage.CANDIDATE_PROPOSED, file.getStage());
        assertSame(camille, file.getChosenCandidate());
        assertEquals("Meilleur entretien", file.getChoiceReasons());
        assertEquals(DUE, file.getDueDate());
        refused("recruitment.error.wrongStage", () -> file.proposeCandidate(camille, "Encore", DUE));
        refused("recruitment.error.wrongStage", () -> file.complete(DUE, false, T0));
    }

    @Test
    void theCafGivesItsOpinionWithReasons() {
        RecruitmentFile file = agreed();
        refused("recruitment.error.wrongStage",
                () -> file.giveOpinion(CandidateOpinion.FAVOURABLE, "Trop tôt", advisor(5)));
        file.proposeCandidate(candidate(file, "Camille Martin"), "Meilleur entretien", DUE);
        refused("recruitment.error.opinion", () -> file.giveOpinion(null, "Motifs", advisor(5)));
        refused("recruitment.error.opinionReasons", () -> file.giveOpinion(CandidateOpinion.RESERVED, "", advisor(5)));
        CafOpinion opinion = file.giveOpinion(CandidateOpinion.RESERVED, " Expérience courte ", advisor(5));
        assertEquals(RecruitmentStage.OPINION_GIVEN, file.getStage());
        assertNull(file.getDueDate(), "the Caf has answered");
        assertEquals(CandidateOpinion.RESERVED, opinion.verdict());
        assertEquals("Expérience courte", opinion.reasons());
        assertEquals(advisor(5), opinion.given());
        assertFalse(opinion.isCountersigned());
        assertEquals(opinion, file.getOpinion());
    }

    @Test
    void aManagerCountersignsOnceButNeverTheirOwnOpinion() {
        RecruitmentFile file = withOpinion(CandidateOpinion.FAVOURABLE);
        assertFalse(file.mayCountersign("conseil.sud"), "the author of the opinion");
        assertTrue(file.mayCountersign("direction.caf"));
        refused("recruitment.error.countersignOwnOpinion", () -> file.countersign(advisor(6)));

        file.countersign(manager(6));
        assertEquals(manager(6), file.getOpinion().countersigned());
        assertEquals(advisor(5), file.getOpinion().given(), "the opinion itself is unchanged");
        assertFalse(file.mayCountersign("direction.caf"));
        refused("recruitment.error.alreadyCountersigned", () -> file.countersign(Stamp.of("autre.direction", T0)));

        RecruitmentFile ownByManager = agreed();
        ownByManager.proposeCandidate(candidate(ownByManager, "Camille Martin"), "Motifs", DUE);
        ownByManager.giveOpinion(CandidateOpinion.FAVOURABLE, "Motifs", manager(5));
        refused("recruitment.error.countersignOwnOpinion", () -> ownByManager.countersign(manager(6)));
        refused("recruitment.error.wrongStage", () -> opened().countersign(manager(6)));
    }

    @Test
    void completingNeedsAStartDate() {
        RecruitmentFile file = withOpinion(CandidateOpinion.FAVOURABLE);
        refused("recruitment.error.startDate", () -> file.complete(null, false, T0));
        file.complete(LocalDate.of(2027, 1, 4), false, T0);
        assertEquals(RecruitmentStage.COMPLETED, file.getStage());
        assertEquals(LocalDate.of(2027, 1, 4), file.getHolderStartDate());
        assertFalse(file.isUnfundedAcknowledged());
        assertEquals(T0, file.getClosedAt());
        assertTrue(file.mayCountersign("direction.caf"), "a completed file's opinion may still be countersigned");
        refused("recruitment.error.wrongStage", () -> file.abandon("Trop tard", T0));
        refused("recruitment.error.wrongStage", () -> file.message(Side.AUTHORITY, "Après clôture", hr(9)));
    }

    @Test
    void afterAnUnfavourableOpinionCompletingMeansAcknowledgingThatThePostWillNotBeFunded() {
        RecruitmentFile file = withOpinion(CandidateOpinion.UNFAVOURABLE);
        refused("recruitment.error.acknowledgeUnfunded", () -> file.complete(LocalDate.of(2027, 1, 4), false, T0));
        assertEquals(RecruitmentStage.OPINION_GIVEN, file.getStage());
        file.complete(LocalDate.of(2027, 1, 4), true, T0);
        assertTrue(file.isUnfundedAcknowledged());
        assertEquals(RecruitmentStage.COMPLETED, file.getStage());
    }

    @Test
    void afterAReservedOrUnfavourableOpinionAnotherCandidateMayBeProposedButNeverTheSameOne() {
        RecruitmentFile file = withOpinion(CandidateOpinion.UNFAVOURABLE);
        Candidate first = file.getChosenCandidate();
        assertTrue(file.allows(RecruitmentAction.ADD_CANDIDATE));
        refused("recruitment.error.sameCandidate", () -> file.proposeCandidate(first, "Encore elle", DUE));
        Candidate other = candidate(file, "Dominique Roux");
        file.proposeCandidate(other, "Profil conforme", DUE);
        assertEquals(RecruitmentStage.CANDIDATE_PROPOSED, file.getStage());
        assertNull(file.getOpinion(), "the former opinion stays in the history only");
        assertEquals(DUE, file.getDueDate());
        // issue 13: the former opinion stays with its candidate, visible with its letter
        assertEquals(CandidateOpinion.UNFAVOURABLE, first.getOpinion().verdict());
        assertNull(other.getOpinion());
        file.giveOpinion(CandidateOpinion.RESERVED, "Expérience courte", advisor(6));
        assertEquals(CandidateOpinion.RESERVED, other.getOpinion().verdict());
        assertEquals(CandidateOpinion.UNFAVOURABLE, first.getOpinion().verdict(), "every opinion stays");

        RecruitmentFile settled = withOpinion(CandidateOpinion.FAVOURABLE);
        assertFalse(settled.allows(RecruitmentAction.PROPOSE_CANDIDATE), "the candidate is settled");
        refused("recruitment.error.wrongStage", () -> candidate(settled, "Autre"));
        assertTrue(settled.allows(RecruitmentAction.COMPLETE));
    }

    @Test
    void candidatesAreCorrectedOrWithdrawnUntilOneIsProposedAndACvComesLater() {
        RecruitmentFile file = agreed();
        Candidate camille = candidate(file, "Camile Martin");
        Candidate dominique = candidate(file, "Dominique Roux");
        refused("recruitment.error.candidateName",
                () -> file.correctCandidate(camille, " ", Qualification.BAC2, null, EmploymentFramework.OTHER, null));
        file.correctCandidate(camille, "Camille Martin", Qualification.BAC2, "DUT carrières sociales",
                EmploymentFramework.TERRITORIAL_ANIMATOR_B, "Animatrice");
        assertEquals("Camille Martin", camille.getFullName());
        assertEquals(Qualification.BAC2, camille.getQualification());
        assertNull(file.withdrawCandidate(dominique), "no CV to delete");
        assertEquals(1, file.getCandidates().size());
        file.proposeCandidate(camille, "Meilleur entretien", DUE);
        refused("recruitment.error.wrongStage", () -> file.correctCandidate(camille, "X", Qualification.BAC2, null,
                EmploymentFramework.OTHER, null));
        assertNull(file.attachCandidateCv(camille, null), "a CV can still come while the Caf reviews");
        file.giveOpinion(CandidateOpinion.RESERVED, "Expérience courte", advisor(5));
        refused("recruitment.error.candidateProposed", () -> file.withdrawCandidate(camille));
    }

    @Test
    void theAuthorityAbandonsAnOpenFileWithAReason() {
        RecruitmentFile file = opened();
        refused("recruitment.error.abandonReason", () -> file.abandon(" ", T0));
        refused("recruitment.error.textTooLong", () -> file.abandon("x".repeat(TextLimit.REASON.max() + 1), T0));
        file.abandon(" Budget non voté ", T0);
        assertEquals(RecruitmentStage.ABANDONED, file.getStage());
        assertEquals("Budget non voté", file.getAbandonReason());
        assertEquals(T0, file.getClosedAt());
        for (RecruitmentAction action : RecruitmentAction.values()) {
            assertFalse(file.allows(action), action + " on a closed file");
        }
        refused("recruitment.error.wrongStage", () -> file.saveDescription(JobDescriptionContent.empty(), hr(1)));
    }

    @Test
    void messagesAreWrittenWhileTheFileIsOpen() {
        RecruitmentFile file = opened();
        refused("recruitment.error.messageBody", () -> file.message(Side.CAF, " ", advisor(1)));
        FileMessage message = file.message(Side.CAF, " Le jury aura lieu le 3 décembre. ", advisor(1));
        assertEquals("Le jury aura lieu le 3 décembre.", message.getBody());
        assertEquals(Side.CAF, message.getSide());
        assertEquals(advisor(1), message.getSent());
        assertSame(file, message.getFile());
    }

    @Test
    void theCafIsRemindedOnceBeforeAndOnceFromTheDueDate() {
        RecruitmentFile file = opened();
        file.saveDescription(JobDescriptionContentTest.complete(), hr(1));
        assertNull(file.reminderDue(DUE, 3), "nothing awaited");
        file.submitDescription(hr(2), DUE);
        assertNull(file.reminderDue(DUE.minusDays(4), 3), "too early");
        assertEquals(RecruitmentFile.Reminder.BEFORE, file.reminderDue(DUE.minusDays(3), 3));
        assertEquals(RecruitmentFile.Reminder.DUE, file.reminderDue(DUE, 3));
        assertEquals(RecruitmentFile.Reminder.DUE, file.reminderDue(DUE.plusDays(1), 3));
    }

    @Test
    void personalDataAreErasedOnlyOnceTheFileIsClosedAndTheOpinionStays() {
        RecruitmentFile file = withOpinion(CandidateOpinion.UNFAVOURABLE);
        StoredDocument cv = new StoredDocument("cv.pdf", "application/pdf", 10, "0".repeat(64), "rh.uzes", T0);
        file.getChosenCandidate().attachCv(cv);
        assertThrows(IllegalStateException.class, () -> file.erasePersonalData(T0));
        file.complete(LocalDate.of(2027, 1, 4), true, T0);
        assertEquals(List.of(cv), file.erasePersonalData(T0.plusSeconds(1)));
        assertTrue(file.getCandidates().stream()
                .allMatch(c -> c.isErased() && c.getFullName() == null && c.getCv() == null));
        assertNull(file.getChoiceReasons());
        assertEquals(CandidateOpinion.UNFAVOURABLE, file.getOpinion().verdict(), "the decision is kept");
        assertEquals(T0.plusSeconds(1), file.getPersonalDataErasedAt());
    }
}

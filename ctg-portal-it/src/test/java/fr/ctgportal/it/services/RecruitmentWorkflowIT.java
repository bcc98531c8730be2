package fr.ctgportal.it.services;

import static fr.ctgportal.it.services.Refusals.refused;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.ctgportal.ejb.document.Upload;
import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.recruitment.CandidateInput;
import fr.ctgportal.ejb.recruitment.ItemReviewInput;
import fr.ctgportal.ejb.recruitment.RecruitmentDeadlines;
import fr.ctgportal.ejb.recruitment.RecruitmentFileView;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.recruitment.CandidateOpinion;
import fr.ctgportal.model.recruitment.DescriptionItem;
import fr.ctgportal.model.recruitment.EmploymentFramework;
import fr.ctgportal.model.recruitment.ItemVerdict;
import fr.ctgportal.model.recruitment.JobDescriptionContent;
import fr.ctgportal.model.recruitment.RecruitmentAction;
import fr.ctgportal.model.recruitment.RecruitmentStage;
import fr.ctgportal.model.recruitment.ReferenceActivity;
import fr.ctgportal.model.recruitment.ReferenceOutcome;
import fr.ctgportal.model.recruitment.ReviewOutcome;
import fr.ctgportal.model.recruitment.ThematicField;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import fr.ctgportal.ejb.platform.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A recruitment file's whole course through the EJBs, one side after the other (each step runs as
 * its user): every transition, the refused ones (wrong stage, wrong role, bad input, stale version,
 * double submit) leaving nothing changed, the notifications queued, the daily reminders and the
 * erasure of personal data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecruitmentWorkflowIT extends DeployedServices {

    /** Nîmes Métropole's SIREN. */
    private static final String NIMES = "243000643";
    private static final String HR_MAIL = "rh.243000643@demo.ctg-portal.invalid";
    private static final String ADVISOR_MAIL = "conseil.sud@demo.ctg-portal.invalid";
    /** The chosen candidate: accents, an ideograph and a check mark, which the letter prints as typed. */
    private static final String CANDIDATE = "Camille Lefèvre-Nguyễn 李 ✓ (fictive)";

    @Inject
    private RecruitmentDeadlines deadlines;

    private Demo demo() {
        return database().member("rh.nimes", NIMES).member("rh.uzes", Demo.UZES);
    }

    /**
     * The file this class follows: the one rh.nimes opened on a post of Nîmes Métropole (followed by
     * conseil.sud); Alès and Uzès are left to the other tests.
     */
    private long fileId() {
        return demo()
                .number("select min(id) from recruitment_file where opened_by = 'rh.nimes' and kind = 'REPLACEMENT'");
    }

    private String postFte() {
        return demo()
                .text("select p.employment_fte from cooperation_post p join recruitment_file f on f.post_id = p.id "
                        + "where f.id = ?", fileId());
    }

    private String postShare() {
        return demo()
                .text("select p.cooperation_share from cooperation_post p join recruitment_file f on f.post_id = p.id "
                        + "where f.id = ?", fileId());
    }

    private RecruitmentFileView file() {
        return files.findFile(fileId());
    }

    /** A complete description; {@code fte} and {@code share} as the post has them, so the demo totals stay. */
    static JobDescriptionContent complete(String diagnostics, String fte, String share) {
        return new JobDescriptionContent(
                Map.of(ReferenceOutcome.DIAGNOSTICS, diagnostics, ReferenceOutcome.PARTNERSHIPS,
                        "Animer le comité des partenaires"),
                Set.of(ReferenceActivity.NETWORK_ACTORS, ReferenceActivity.IMPLEMENT_POLICIES),
                Set.of(ThematicField.EARLY_CHILDHOOD, ThematicField.PARENTING), new BigDecimal(fte),
                new BigDecimal(share),
                "Rattaché·e à la direction enfance-jeunesse", Set.of(EmploymentFramework.TERRITORIAL_ANIMATOR_B),
                Qualification.BAC2, new BigDecimal("48000.00"), new BigDecimal("0.5000"),
                "Collectivité 50 %, Caf 50 %");
    }

    private long mailsTo(String address, String subjectPart) {
        return demo().mails(address, "%" + subjectPart + "%");
    }

    private long remindersOf(long file) {
        return demo().number("select count(*) from audit_event where entity_type = 'RecruitmentFile' and entity_id = ? "
                + "and action like 'REMINDER_%'", file);
    }

    private long audits(String action) {
        return demo().number("select count(*) from audit_event where entity_type = 'RecruitmentFile' and entity_id = ? "
                + "and action = ?", fileId(), action);
    }

    @Test
    @Order(1)
    @AsUser(name = "rh.nimes", roles = AUTHORITY_HR)
    void authorityOpensWritesAndSubmitsTheJobDescription() {
        Demo demo = demo();
        long post = recruitment.listRecruitablePosts().get(0).id();
        long id = recruitment.openForPost(post);
        assertEquals(id, fileId());
        refused("recruitment.error.alreadyOpen", () -> recruitment.openForPost(post));
        assertTrue(recruitment.listRecruitablePosts().stream().noneMatch(p -> p.id() == post),
                "one open file per post");

        RecruitmentFileView opened = file();
        assertEquals(RecruitmentStage.DRAFT, opened.stage());
        refused("recruitment.error.incomplete", () -> recruitment.submitDescription(id, opened.version()));

        // refused input leaves nothing half-saved: neither the description nor an orphan document
        long documents = demo.number("select count(*) from stored_document");
        JobDescriptionContent good = complete("Diagnostic enfance du territoire", postFte(), postShare());
        JobDescriptionContent badFte = new JobDescriptionContent(good.missions(), good.activities(), good.themes(),
                new BigDecimal("1.5"), good.cooperationShare(), good.organisation(), good.frameworks(),
                good.minimumQualification(), good.annualCost(), good.cofinancingShare(), good.cofinancing());
        refused("recruitment.error.employmentFte",
                () -> recruitment.saveDescription(id, opened.version(), badFte, null));
        refused("document.error.notPdf", () -> recruitment.saveDescription(id, opened.version(), good,
                new Upload("fiche.pdf", "Bonjour, je ne suis pas un PDF".getBytes())));
        refused("document.error.notPdf", () -> recruitment.saveDescription(id, opened.version(), good,
                new Upload("fiche.pdf", TestPdfs.framedHtml())));
        refused("document.error.activeContent", () -> recruitment.saveDescription(id, opened.version(), good,
                new Upload("fiche.pdf", TestPdfs.withJavaScript())));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(ServiceCatalog.pdf("x").content(), 0, big, 0, 10);
        refused("document.error.tooLarge", () -> recruitment.saveDescription(id, opened.version(), good,
                new Upload("grosse.pdf", big)));
        assertEquals(documents, demo.number("select count(*) from stored_document"), "no orphan document");
        assertTrue(file().latestDescription().content().missions().isEmpty(), "nothing saved");
        assertEquals(opened.version(), file().version());

        recruitment.saveDescription(id, opened.version(), good,
                ServiceCatalog.pdf("../../etc/fiche\u202E de poste\u200B\u2066.pdf"));
        RecruitmentFileView saved = file();
        assertEquals(good, saved.latestDescription().content());
        assertEquals("fiche de poste.pdf", saved.latestDescription().document().fileName(),
                "the name is never a path and loses its bidi and other format characters");
        assertArrayEquals(ServiceCatalog.pdf("x").content(),
                files.downloadDocument(id, saved.latestDescription().document().id()).content());
        assertThrows(ConcurrentEditException.class,
                () -> recruitment.saveDescription(id, opened.version(), good, null));
        long foreignDocument = demo.number("select document_id from job_description where file_id = ?",
                demo.alesFile("DRAFT"));
        assertThrows(NotFoundException.class, () -> files.downloadDocument(id, foreignDocument),
                "a document of another file, even through one's own file");

        recruitment.submitDescription(id, saved.version());
        RecruitmentFileView submitted = file();
        assertEquals(RecruitmentStage.DESCRIPTION_SUBMITTED, submitted.stage());
        assertEquals(LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(15), submitted.dueDate(), "the Caf has 15 days");
        // a double submit: the same version again is stale, the new one is at the wrong stage
        assertThrows(ConcurrentEditException.class, () -> recruitment.submitDescription(id, saved.version()));
        refused("recruitment.error.wrongStage", () -> recruitment.submitDescription(id, submitted.version()));
        assertEquals(1, audits("DESCRIPTION_SUBMITTED"), "one transition");
        assertEquals(1, mailsTo(ADVISOR_MAIL, "Fiche de poste à examiner"));
        assertEquals(0, mailsTo("conseil.nord@demo.ctg-portal.invalid", "Fiche de poste à examiner"),
                "not their territory");
        assertThrows(EJBAccessException.class,
                () -> reviews.reviewDescription(id, submitted.version(), ReviewOutcome.AGREED, List.of()));
    }

    private static List<ItemReviewInput> review(DescriptionItem toChange, String comment) {
        return Arrays.stream(DescriptionItem.values()).map(i -> i == toChange
                ? new ItemReviewInput(i, ItemVerdict.TO_CHANGE, comment)
                : new ItemReviewInput(i, ItemVerdict.CONFORM, null)).toList();
    }

    @Test
    @Order(2)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void cafAdvisorAsksForAChange() {
        RecruitmentFileView f = file();
        assertTrue(fileLine(f.id()).dueDate() != null);
        refused("recruitment.error.agreeWithChanges", () -> reviews.reviewDescription(f.id(), f.version(),
                ReviewOutcome.AGREED, review(DescriptionItem.MISSIONS, "Préciser")));
        refused("recruitment.error.commentRequired", () -> reviews.reviewDescription(f.id(), f.version(),
                ReviewOutcome.CHANGES_REQUESTED, review(DescriptionItem.MISSIONS, " ")));
        refused("recruitment.error.everyItem", () -> reviews.reviewDescription(f.id(), f.version(),
                ReviewOutcome.CHANGES_REQUESTED, review(DescriptionItem.MISSIONS, "Préciser").subList(0, 3)));
        refused("recruitment.error.changesWithoutItem", () -> reviews.reviewDescription(f.id(), f.version(),
                ReviewOutcome.CHANGES_REQUESTED, review(null, null)));
        refused("recruitment.error.wrongStage",
                () -> reviews.giveOpinion(f.id(), f.version(), CandidateOpinion.FAVOURABLE, "trop tôt"));

        reviews.reviewDescription(f.id(), f.version(), ReviewOutcome.CHANGES_REQUESTED,
                review(DescriptionItem.MISSIONS, "Préciser le diagnostic « inclusion » attendu par le référentiel"));
        RecruitmentFileView after = file();
        assertEquals(RecruitmentStage.DESCRIPTION_TO_REVISE, after.stage());
        assertNull(after.dueDate());
        assertEquals(ItemVerdict.TO_CHANGE, after.latestDescription().reviewOf(DescriptionItem.MISSIONS).verdict());
        assertEquals(1, mailsTo(HR_MAIL, "Modifications demandées"));
    }

    @Test
    @Order(3)
    @AsUser(name = "rh.nimes", roles = AUTHORITY_HR)
    void authorityRevisesAndResubmitsAsANewVersion() {
        RecruitmentFileView f = file();
        refused("recruitment.error.nothingRevised", () -> recruitment.submitDescription(f.id(), f.version()));
        recruitment.saveDescription(f.id(), f.version(),
                complete("Diagnostic enfance et « inclusion » des enfants en situation de handicap", postFte(),
                        postShare()),
                null);
        RecruitmentFileView revised = file();
        assertEquals(2, revised.descriptions().size(), "each version is kept");
        assertEquals(Set.of(DescriptionItem.MISSIONS), revised.latestDescription().changedSincePrevious());
        assertEquals("fiche de poste.pdf", revised.latestDescription().document().fileName(), "the PDF carries over");
        assertEquals(ItemVerdict.TO_CHANGE, revised.previousDescription().reviewOf(DescriptionItem.MISSIONS).verdict());
        // issue 13: the Caf's comments shown next to each item while the authority writes the new version
        assertEquals("Préciser le diagnostic « inclusion » attendu par le référentiel",
                revised.lastReview().reviewOf(DescriptionItem.MISSIONS).comment());

        // the draft's PDF replaced twice: the first version keeps its own, the replaced draft's is deleted
        long first = revised.latestDescription().document().id();
        long documents = demo().number("select count(*) from stored_document");
        recruitment.saveDescription(f.id(), revised.version(), revised.latestDescription().content(),
                ServiceCatalog.pdf("fiche v2.pdf"));
        long v2 = file().latestDescription().document().id();
        recruitment.saveDescription(f.id(), file().version(), revised.latestDescription().content(),
                ServiceCatalog.pdf("fiche v2 bis.pdf"));
        RecruitmentFileView replaced = file();
        assertEquals("fiche v2 bis.pdf", replaced.latestDescription().document().fileName());
        assertEquals(first, replaced.previousDescription().document().id(), "the submitted version keeps its PDF");
        assertEquals(0, demo().number("select count(*) from stored_document where id = ?", v2), "no orphan");
        assertEquals(0, demo().number("select count(*) from document_content where document_id = ?", v2));
        assertEquals(documents + 1, demo().number("select count(*) from stored_document"));
        recruitment.submitDescription(f.id(), replaced.version());
        assertEquals(RecruitmentStage.DESCRIPTION_SUBMITTED, file().stage());
        // ...and the Caf's form pre-filled from its earlier verdicts when the version comes back
        assertEquals(1, file().lastReview().number());
        assertEquals(ItemVerdict.TO_CHANGE, file().lastReview().reviewOf(DescriptionItem.MISSIONS).verdict());
    }

    @Test
    @Order(4)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void cafAdvisorAgreesTheJobDescription() {
        RecruitmentFileView f = file();
        reviews.reviewDescription(f.id(), f.version(), ReviewOutcome.AGREED, review(null, null));
        assertEquals(RecruitmentStage.DESCRIPTION_AGREED, file().stage());
        assertEquals(1, mailsTo(HR_MAIL, "Fiche de poste validée"));
    }

    @Test
    @Order(5)
    @AsUser(name = "rh.nimes", roles = AUTHORITY_HR)
    void authorityShortlistsAndProposesItsCandidate() {
        RecruitmentFileView f = file();
        refused("recruitment.error.wrongStage",
                () -> recruitment.complete(f.id(), f.version(), LocalDate.now(), false));
        refused("recruitment.error.candidateName", () -> recruitment.addCandidate(f.id(), f.version(),
                new CandidateInput(" ", Qualification.BAC2, null, EmploymentFramework.OTHER, null), null));
        refused("document.error.notPdf", () -> recruitment.addCandidate(f.id(), f.version(),
                new CandidateInput(CANDIDATE, Qualification.BAC3_OR_ABOVE, "Master",
                        EmploymentFramework.TERRITORIAL_ANIMATOR_B,
                        "En poste"),
                new Upload("cv.pdf", new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0, 0})));
        assertTrue(file().candidates().isEmpty(), "nothing half-saved");

        recruitment.addCandidate(f.id(), f.version(), new CandidateInput(CANDIDATE,
                Qualification.BAC3_OR_ABOVE, "Master développement social", EmploymentFramework.TERRITORIAL_ANIMATOR_B,
                "Chargée de mission dans une autre collectivité"), ServiceCatalog.pdf("cv-camille.pdf"));
        recruitment.addCandidate(file().id(), file().version(), new CandidateInput("Dominique Roux (fictif)",
                Qualification.BAC2, "DUT carrières sociales", EmploymentFramework.OTHER, "Animateur"), null);
        RecruitmentFileView withCandidates = file();
        assertEquals(2, withCandidates.candidates().size());
        refused("recruitment.error.choiceReasons", () -> recruitment.proposeCandidate(f.id(), withCandidates.version(),
                withCandidates.candidates().get(0).id(), ""));
        refused("recruitment.error.unknownCandidate",
                () -> recruitment.proposeCandidate(f.id(), withCandidates.version(),
                        Demo.UNKNOWN_ID, "motifs"));
        recruitment.proposeCandidate(f.id(), withCandidates.version(), withCandidates.candidates().get(0).id(),
                "Expérience du partenariat et du diagnostic");
        RecruitmentFileView proposed = file();
        assertEquals(RecruitmentStage.CANDIDATE_PROPOSED, proposed.stage());
        assertEquals(CANDIDATE, proposed.chosenCandidate().fullName());
        assertEquals(LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(15), proposed.dueDate());

        messages.postMessage(f.id(), "Le jury aura lieu le 3 décembre.", ServiceCatalog.pdf("convocation.pdf"));
        assertEquals(proposed.version(), file().version(), "a message never gets in the way of an edit");
        assertEquals(1, mailsTo(ADVISOR_MAIL, "Nouveau message"));
    }

    @Test
    @Order(6)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void cafAdvisorGivesAnUnfavourableOpinionAsAPdfLetter() throws Exception {
        RecruitmentFileView f = file();
        assertEquals(CANDIDATE, f.chosenCandidate().fullName(),
                "the Caf following the territory sees it");
        assertEquals("convocation.pdf", f.messages().get(0).document().fileName());
        assertThrows(NotFoundException.class, () -> files.opinionLetter(f.id()), "no letter before the opinion");
        refused("recruitment.error.opinionReasons",
                () -> reviews.giveOpinion(f.id(), f.version(), CandidateOpinion.UNFAVOURABLE, null));
        assertThrows(EJBAccessException.class, () -> reviews.countersign(f.id(), f.version()));

        reviews.giveOpinion(f.id(), f.version(), CandidateOpinion.UNFAVOURABLE, "Expérience insuffisante du pilotage");
        RecruitmentFileView given = file();
        assertEquals(RecruitmentStage.OPINION_GIVEN, given.stage());
        assertEquals("conseil.sud", given.opinionBy());
        byte[] letter = files.opinionLetter(f.id()).content();
        String text = new PdfTextExtractor(new PdfReader(letter)).getTextFromPage(1);
        assertTrue(text.contains("défavorable"), text);
        String words = text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
        assertTrue(words.contains("Candidat proposé : " + CANDIDATE), "the name as typed: " + words);
        assertTrue(words.contains("par Nicolas Chabert – fictif, conseiller·ère Caf."), "by name and role: " + words);
        assertFalse(words.contains("conseil.sud"), "never by login: " + words);
        assertTrue(words.contains("Poste " + fr.ctgportal.model.post.CooperationPost.referenceOf(demo().number(
                "select post_id from recruitment_file where id = ?", f.id())) + " «"),
                "the post by its reference: " + words);
        assertTrue(text.contains("Expérience insuffisante du pilotage"), text);
        assertEquals(1, mailsTo(HR_MAIL, "Avis de la Caf"));
    }

    @Test
    @Order(7)
    @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    void cafManagerCountersignsOnce() {
        RecruitmentFileView f = file();
        reviews.countersign(f.id(), f.version());
        assertEquals("direction.caf", file().countersignedBy());
        refused("recruitment.error.alreadyCountersigned", () -> reviews.countersign(f.id(), file().version()));
    }

    @Test
    @Order(8)
    @AsUser(name = "rh.nimes", roles = AUTHORITY_HR)
    void authorityCompletesOnlyByAcknowledgingThatThePostWillNotBeFunded() {
        RecruitmentFileView f = file();
        refused("recruitment.error.startDate", () -> recruitment.complete(f.id(), f.version(), null, true));
        refused("recruitment.error.acknowledgeUnfunded",
                () -> recruitment.complete(f.id(), f.version(), LocalDate.of(2027, 1, 4), false));
        assertEquals(RecruitmentStage.OPINION_GIVEN, file().stage());

        recruitment.complete(f.id(), f.version(), LocalDate.of(2027, 1, 4), true);
        RecruitmentFileView done = file();
        assertEquals(RecruitmentStage.COMPLETED, done.stage());
        assertTrue(done.unfundedAcknowledged());
        var post = posts.findPost(demo().number("select post_id from recruitment_file where id = ?", f.id()));
        assertEquals(CANDIDATE, post.holderName());
        assertFalse(post.verdict().evaluated(), "a post recruited against the Caf's opinion is not funded");
        assertTrue(post.verdict().problem().contains("avis défavorable"), post.verdict().problem());
        refused("recruitment.error.wrongStage", () -> recruitment.abandon(f.id(), done.version(), "trop tard"));
        refused("recruitment.error.wrongStage", () -> messages.postMessage(f.id(), "après clôture", null));

        List<String> steps = done.timeline().stream().map(e -> e.action()).toList();
        assertEquals(List.of("RECRUITMENT_OPENED", "DESCRIPTION_SAVED", "DESCRIPTION_SUBMITTED",
                "DESCRIPTION_CHANGES_REQUESTED", "DESCRIPTION_SAVED", "DESCRIPTION_SAVED", "DESCRIPTION_SAVED",
                "DESCRIPTION_SUBMITTED", "DESCRIPTION_AGREED", "CANDIDATE_ADDED", "CANDIDATE_ADDED",
                "CANDIDATE_PROPOSED", "MESSAGE_POSTED", "OPINION_GIVEN", "OPINION_COUNTERSIGNED",
                "RECRUITMENT_COMPLETED"), steps);
        assertTrue(done.timeline().stream().allMatch(e -> e.actor() != null && e.at() != null));
        assertEquals("Expérience insuffisante du pilotage", done.timeline().get(13).reason(), "why");
    }

    @Test
    @Order(9)
    @AsUser(name = "rh.uzes", roles = AUTHORITY_HR)
    void aNewPostBelowTheDoctrinesMinimumCannotBeSubmittedAndIsAbandoned() {
        long id = recruitment.openForNewPost("Chargé·e de coopération CTG (création)");
        var f = files.findFile(id);
        recruitment.saveDescription(id, f.version(), complete("Diagnostic", "1.00", "0.4000"), null);
        var e = assertThrows(InvalidInputException.class,
                () -> recruitment.submitDescription(id, files.findFile(id).version()));
        assertEquals("recruitment.error.doctrine", e.getMessageKey());
        assertTrue(String.valueOf(e.getArguments()[0]).contains("50"), String.valueOf(e.getArguments()[0]));
        assertEquals(RecruitmentStage.DRAFT, files.findFile(id).stage());

        refused("recruitment.error.abandonReason", () -> recruitment.abandon(id, files.findFile(id).version(), " "));
        refused("recruitment.error.textTooLong",
                () -> recruitment.abandon(id, files.findFile(id).version(), "x".repeat(4001)));
        String longReason = "Budget non voté. " + "Le conseil communautaire reporte la création. ".repeat(85);
        assertTrue(longReason.length() > 3900 && longReason.strip().length() <= 4000, "as long as the form allows");
        recruitment.abandon(id, files.findFile(id).version(), longReason);
        var abandoned = files.findFile(id);
        assertEquals(RecruitmentStage.ABANDONED, abandoned.stage());
        assertEquals(longReason.strip(), abandoned.abandonReason());
        assertEquals(longReason.strip(), abandoned.timeline().get(abandoned.timeline().size() - 1).reason(),
                "the whole reason is in the history");
        assertTrue(abandoned.allowedActions().isEmpty());
    }

    @Test
    @Order(10)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void theDailyJobRemindsTheCafOnceBeforeAndOnceAtTheDueDate() {
        Demo demo = demo();
        long waiting = demo.fileOf(NIMES, "DESCRIPTION_SUBMITTED");
        LocalDate due = LocalDate.of(2031, 3, 20);
        demo.update("update recruitment_file set due_date = ? where id = ?", due, waiting);
        long version = demo.number("select version from recruitment_file where id = ?", waiting);
        String subject = "Rappel : réponse attendue le 20/03/2031";
        // other files of the run may be reminded too: this file's history tells what it got
        deadlines.sendReminders(due.minusDays(4));
        assertEquals(0, remindersOf(waiting), "too early");
        deadlines.sendReminders(due.minusDays(3));
        deadlines.sendReminders(due.minusDays(2));
        assertEquals(1, remindersOf(waiting), "once before the due date");
        assertEquals(1, mailsTo(ADVISOR_MAIL, subject));
        deadlines.sendReminders(due);
        deadlines.sendReminders(due.plusDays(1));
        assertEquals(2, remindersOf(waiting), "once at the due date");
        assertEquals(1, mailsTo(ADVISOR_MAIL, "Échéance atteinte : "));
        assertEquals(version, demo.number("select version from recruitment_file where id = ?", waiting),
                "reminders disturb nobody editing the file");
        var line = fileLine(waiting);
        assertFalse(line.late(), "due in 2031");
        demo.update("update recruitment_file set due_date = current_date() - interval 1 day where id = ?", waiting);
        assertTrue(fileLine(waiting).late());
    }

    @Test
    @Order(11)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void personalDataAreErasedTwelveMonthsAfterClosingAndTheOpinionIsKept() {
        Demo demo = demo();
        long id = fileId();
        long cv = demo.number("select cv_document_id from candidate where file_id = ? and cv_document_id is not null",
                id);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        assertEquals(0, deadlines.erasePersonalData(today), "kept during 12 months");
        demo.update("update recruitment_file set closed_at = ? where id = ?",
                today.minusMonths(12).minusDays(2).atStartOfDay(), id);
        assertTrue(deadlines.erasePersonalData(today) >= 1);
        RecruitmentFileView erased = files.findFile(id);
        assertTrue(erased.candidates().stream().allMatch(c -> c.erased() && c.fullName() == null && c.cv() == null));
        assertNull(erased.choiceReasons());
        assertEquals(CandidateOpinion.UNFAVOURABLE, erased.opinion(), "the decision is kept");
        assertEquals("Expérience insuffisante du pilotage", erased.opinionReasons());
        assertEquals(0, demo.number("select count(*) from document_content where document_id = ?", cv), "CV deleted");
        assertThrows(NotFoundException.class, () -> files.downloadDocument(id, cv));
        assertTrue(erased.messages().stream().allMatch(m -> m.document() == null), "attachments go too");
        assertEquals("Le jury aura lieu le 3 décembre.", erased.messages().get(0).body());
        assertTrue(erased.personalDataErasedAt() != null, "the erasure is dated");
        assertTrue(erased.descriptions().stream().allMatch(d -> d.document() == null), "description PDFs go too");
        assertEquals(0, demo.number("select count(*) from stored_document where uploaded_by = 'rh.nimes'"),
                "no document of the erased file remains, the replaced drafts' ones neither");
    }

    @Test
    @Order(12)
    @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    void theNotificationsLeaveThroughTheSmtpServer() throws InterruptedException {
        Demo demo = demo();
        List<String> unsent = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            unsent.clear();
            long pending = demo.number("select count(*) from outgoing_mail where sent_at is null");
            if (pending == 0) {
                break;
            }
            unsent.add(demo.text("select concat(count(*), ' pending, last error: ', coalesce(max(last_error), '-')) "
                    + "from outgoing_mail where sent_at is null"));
            Thread.sleep(1000);
        }
        assertTrue(unsent.isEmpty(), unsent.toString());
        assertTrue(demo.number("select count(*) from outgoing_mail where sent_at is not null") >= 8);
    }

    @Test
    @Order(13)
    @AsUser(name = "rh.ales", roles = AUTHORITY_HR)
    void afterAnUnfavourableOpinionTheAuthorityMayChooseAnotherCandidateButNotAfterAFavourableOne() {
        Demo demo = demo();
        demo.member("rh.ales", Demo.ALES);
        long favourable = demo.alesFile("OPINION_GIVEN");
        RecruitmentFileView f = files.findFile(favourable);
        assertFalse(f.allowedActions().contains(RecruitmentAction.PROPOSE_CANDIDATE), "the candidate is settled");
        refused("recruitment.error.wrongStage", () -> recruitment.addCandidate(favourable, f.version(),
                new CandidateInput("Autre candidate (fictive)", Qualification.BAC3_OR_ABOVE, "Master",
                        EmploymentFramework.OTHER,
                        "En poste"),
                null));

        long unfavourable = demo.alesFile("OPINION_GIVEN");
        demo.update("update recruitment_file set opinion = 'UNFAVOURABLE' where id = ?", unfavourable);
        RecruitmentFileView u = files.findFile(unfavourable);
        assertTrue(u.allowedActions()
                .containsAll(Set.of(RecruitmentAction.ADD_CANDIDATE, RecruitmentAction.PROPOSE_CANDIDATE,
                        RecruitmentAction.COMPLETE)));
        recruitment.addCandidate(unfavourable, u.version(), new CandidateInput("Autre candidate (fictive)",
                Qualification.BAC3_OR_ABOVE, "Master développement social", EmploymentFramework.TERRITORIAL_ANIMATOR_B,
                "Chargée de mission"), null);
        RecruitmentFileView withTwo = files.findFile(unfavourable);
        long other = withTwo.candidates().stream().filter(c -> c.fullName().equals("Autre candidate (fictive)"))
                .findFirst()
                .orElseThrow().id();
        recruitment.proposeCandidate(unfavourable, withTwo.version(), other, "Profil conforme à la fiche de poste.");
        RecruitmentFileView again = files.findFile(unfavourable);
        assertEquals(RecruitmentStage.CANDIDATE_PROPOSED, again.stage());
        assertEquals(null, again.opinion(), "the former opinion stays in the timeline only");
        assertTrue(again.dueDate() != null, "the Caf has a new opinion to give");
        // issue 13: the former opinion stays visible on its candidate, with its own letter
        var former = again.candidates().stream().filter(c -> !c.chosen() && c.opinion() != null).findFirst()
                .orElseThrow();
        assertEquals(fr.ctgportal.model.recruitment.CandidateOpinion.UNFAVOURABLE, former.opinion());
        var formerLetter = files.candidateOpinionLetter(unfavourable, former.id());
        assertEquals("avis-caf-recrutement-" + unfavourable + "-candidat-" + former.id() + ".pdf",
                formerLetter.fileName());
        assertThrows(NotFoundException.class, () -> files.candidateOpinionLetter(unfavourable, other),
                "no opinion given on the new candidate yet");
    }

    /** The file's line in the caller's list (whatever its stage). */
    private fr.ctgportal.ejb.recruitment.FileSummary fileLine(long id) {
        return files.pageFiles(PageRequest.firstPage(1).with("stage", "all").with("id", String.valueOf(id))).rows()
                .get(0);
    }
}

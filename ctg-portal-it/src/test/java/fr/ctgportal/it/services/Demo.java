package fr.ctgportal.it.services;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Facts of the demo data set the tests rely on, read from the database (not hard-coded ids), and
 * the authority memberships the tests' users would have after signing in.
 */
final class Demo {

    static final String ALES = "200066918";
    static final String UZES = "200034379";
    static final long UNKNOWN_ID = 987_654_321L;

    private final DataSource db;

    Demo(DataSource db) {
        this.db = db;
    }

    long firstPostOf(String siren) {
        return number("select min(p.id) from cooperation_post p join authority a on a.id = p.employer_id "
                + "where a.siren = ?", siren);
    }

    long territoryOf(String siren) {
        return number("select territory_id from authority where siren = ?", siren);
    }

    /**
     * A recruitment file of Alès Agglomération, written straight into the database, at the given
     * stage: a submitted job description with a PDF, and (from CANDIDATE_PROPOSED) a chosen
     * candidate with a CV; an opinion from OPINION_GIVEN. Tests of another tenant use it.
     *
     * @return the file's id
     */
    long alesFile(String stage) {
        return fileOf(ALES, stage);
    }

    /** A recruitment file of that authority, as {@link #alesFile(String)}. */
    long fileOf(String siren, String stage) {
        long post = firstPostOf(siren);
        long document = pdfDocument("fiche.pdf", "rh.ales");
        update("insert into recruitment_file (kind, stage, authority_id, territory_id, post_id, title, opened_by, opened_at, "
                + "due_date) select 'REPLACEMENT', ?, p.employer_id, p.territory_id, p.id, p.title, 'rh.ales', "
                + "current_timestamp(3), current_date() + interval 10 day from cooperation_post p where p.id = ?",
                stage, post);
        long file = number("select max(id) from recruitment_file");
        update("insert into job_description (file_id, number, activities, themes, frameworks, document_id, saved_by, "
                + "saved_at, submitted_by, submitted_at) values (?, 1, 'NETWORK_ACTORS', 'PARENTING', 'OTHER', ?, "
                + "'rh.ales', current_timestamp(3), 'rh.ales', current_timestamp(3))", file, document);
        if (stage.equals("CANDIDATE_PROPOSED") || stage.equals("OPINION_GIVEN")) {
            update("insert into candidate (file_id, full_name, qualification, framework, cv_document_id, added_by, "
                    + "added_at) values (?, 'Candidate Alès (fictive)', 'BAC2', 'OTHER', ?, 'rh.ales', current_timestamp(3))",
                    file, document);
            update("update recruitment_file set chosen_candidate_id = (select max(id) from candidate), "
                    + "choice_reasons = 'motifs' where id = ?", file);
        }
        if (stage.equals("OPINION_GIVEN")) {
            update("update recruitment_file set opinion = 'FAVOURABLE', opinion_reasons = 'motifs', opinion_by = "
                    + "'conseil.nord', opinion_at = current_timestamp(3), due_date = null where id = ?", file);
        }
        return file;
    }

    /**
     * A signed weighing of Alès Agglomération's first post (all its time on the mission), and a funding
     * decision of this year in the given status, written straight into the database.
     *
     * @return the decision's id
     */
    long alesDecision(String status) {
        long post = firstPostOf(ALES);
        update("insert into weighing (post_id, number, status, authority_signed_by, authority_signed_at, caf_signed_by, "
                + "caf_signed_at) select ?, coalesce(max(number), 0) + 1, 'SUPERSEDED', 'rh.ales', current_timestamp(3), "
                + "'conseil.nord', current_timestamp(3) from weighing where post_id = ?", post, post);
        long weighing = number("select max(id) from weighing");
        update("insert into weighing_proposal (weighing_id, number, side, proposed_by, proposed_at) "
                + "values (?, 1, 'AUTHORITY', 'rh.ales', current_timestamp(3))", weighing);
        update("insert into weighing_line (proposal_id, position, time_use, fte) select (select max(id) from "
                + "weighing_proposal), 0, 'COOPERATION', employment_fte from cooperation_post where id = ?", post);
        update("insert into funding_decision (post_id, funding_year, weighing_id, status, funded, caf_funding, "
                + "eligible_cost, cooperation_fte, annual_cost, phase, evaluated_on, prepared_by, prepared_at) values "
                + "(?, year(current_date()), ?, ?, true, 12000, 24000, 0.5, 50000, 'PHASE_1', current_date(), "
                + "'conseil.nord', current_timestamp(3))", post, weighing, status);
        return number("select max(id) from funding_decision");
    }

    /** An open compliance procedure on Alès Agglomération's first post, written straight into the database. */
    long alesProcedure() {
        update("insert into compliance_procedure (post_id, ground, status, reasons, deadline, opened_by, opened_at) "
                + "values (?, 'REALITY', 'OPEN', 'motifs', date_add(current_date(), interval 30 day), 'direction.caf', "
                + "current_timestamp(3))", firstPostOf(ALES));
        return number("select max(id) from compliance_procedure");
    }

    /**
     * A post of the authority of a test's own: a copy of its first filled post, 0.80 FTE (so that the
     * tests picking full-time posts never take it) and no historical bonus (so that the department's
     * total stays the doctrine's).
     *
     * @param holder the holder's name; null for a post vacant (departure) since three days
     * @return the post's id
     */
    long ownPost(String siren, String title, String holder) {
        long model = number("select min(p.id) from cooperation_post p join authority a on a.id = p.employer_id "
                + "where a.siren = ? and p.status = 'FILLED'", siren);
        update("insert into cooperation_post (territory_id, employer_id, title, holder_name, employment_fte, "
                + "cooperation_share, annual_cost, origin, status, qualification, employer_kind, cofinancing_share, "
                + "current_funding, vacant_since, vacancy_cause) select territory_id, employer_id, ?, ?, 0.80, "
                + "cooperation_share, annual_cost, origin, ?, qualification, employer_kind, cofinancing_share, 0, "
                + "case when ? then date_sub(current_date(), interval 3 day) end, case when ? then 'DEPARTURE' end "
                + "from cooperation_post where id = ?", title, holder, holder == null ? "VACANT" : "FILLED",
                holder == null, holder == null, model);
        return number("select max(id) from cooperation_post where title = ?", title);
    }

    /** A network meeting that Alès Agglomération's first post attended. */
    long meetingWithAles() {
        update("insert into network_meeting (held_on, title, recorded_by, recorded_at) values (current_date(), "
                + "'Réunion de réseau (test)', 'direction.caf', current_timestamp(3))");
        long meeting = number("select max(id) from network_meeting");
        update("insert into network_attendance (meeting_id, post_id) values (?, ?)", meeting, firstPostOf(ALES));
        return meeting;
    }

    /** A small PDF in the document store, written straight into the database; returns its id. */
    long pdfDocument(String fileName, String by) {
        update("insert into stored_document (file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at) "
                + "values (?, 'application/pdf', 20, repeat('a', 64), ?, current_timestamp(3))", fileName, by);
        long document = number("select max(id) from stored_document");
        update("insert into document_content (document_id, bytes) values (?, ?)", document,
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return document;
    }

    /** An intermediate evaluation of Alès Agglomération's first post with the minutes of its meeting (PDF). */
    long alesEvaluationWithMinutes() {
        long meeting = meetingWithAles();
        long document = pdfDocument("compte-rendu.pdf", "conseil.nord");
        update("insert into post_evaluation (post_id, kind, evaluated_on, text, written_by, written_at, meeting_id, "
                + "minutes_document_id) values (?, 'INTERMEDIATE', current_date(), 'Évaluation (test)', 'conseil.nord', "
                + "current_timestamp(3), ?, ?)", firstPostOf(ALES), meeting, document);
        return number("select max(id) from post_evaluation");
    }

    /** Alès Agglomération's compliance data (post, territory, procedures, attendance), to check that nothing changed. */
    String alesComplianceState() {
        long post = firstPostOf(ALES);
        return text("select concat((select concat(version, '/', coalesce(evaluations_set_up_on, '-'), '/', "
                + "coalesce(funding_ended_on, '-')) from cooperation_post where id = ?), '|', (select concat(version, '/', "
                + "coalesce(officers_committee_since, '-')) from territory where id = ?), '|', (select coalesce("
                + "group_concat(concat(id, status, version, coalesce(commitment, '-')) order by id), '') from "
                + "compliance_procedure where post_id = ?), '|', (select count(*) from network_attendance where post_id = ?))",
                post, territoryOf(ALES), post, post);
    }

    /** The submitted report of last year of Alès's officer (coop.ales, post 29 of the demo data). */
    long alesReport() {
        long post = number("select id from cooperation_post where officer_username = 'coop.ales'");
        update("insert ignore into annual_report (post_id, officer_username, report_year, edition, ctg_lead, status, "
                + "due_date, submitted_at) values (?, 'coop.ales', year(current_date()) - 1, 'CNAF-2023', true, "
                + "'SUBMITTED', makedate(year(current_date()), 181), current_timestamp(3))", post);
        return number("select id from annual_report where post_id = ? and report_year = year(current_date()) - 1",
                post);
    }

    /** Alès's reports, to check that nothing changed. */
    String alesReportState() {
        return text("select coalesce(group_concat(concat(r.id, r.status, r.version, coalesce(r.employer_remarks, '-'), "
                + "(select count(*) from report_answer a where a.report_id = r.id)) order by r.id), '') from annual_report r "
                + "join cooperation_post p on p.id = r.post_id join authority a on a.id = p.employer_id where a.siren = ?",
                ALES);
    }

    /** Alès Agglomération's weighings and decisions, to check that nothing changed. */
    String alesFundingState() {
        return text("select concat((select count(*) from weighing w join cooperation_post p on p.id = w.post_id "
                + "join authority a on a.id = p.employer_id where a.siren = ?), '/', (select coalesce(group_concat("
                + "concat(d.id, d.status, d.version)), '') from funding_decision d join cooperation_post p on "
                + "p.id = d.post_id join authority a on a.id = p.employer_id where a.siren = ?), '/', (select "
                + "cooperation_share from cooperation_post where id = ?))", ALES, ALES, firstPostOf(ALES));
    }

    /** How many recruitment files Alès Agglomération has, and in which stages and versions. */
    String alesFilesState() {
        return text("select coalesce(group_concat(concat(f.id, ':', f.stage, ':', f.version, ':', "
                + "(select count(*) from job_description d where d.file_id = f.id), ':', "
                + "(select count(*) from candidate c where c.file_id = f.id), ':', "
                + "(select count(*) from file_message m where m.file_id = f.id)) order by f.id), '') "
                + "from recruitment_file f join authority a on a.id = f.authority_id where a.siren = ?", ALES);
    }

    /**
     * As the identity provider's {@code authority} claim would have recorded it at sign-in.
     *
     * @return this demo data, for the next membership
     */
    Demo member(String username, String siren) {
        update("insert ignore into authority_member (username, authority_id, synced_at) "
                + "select ?, id, current_timestamp(3) from authority where siren = ?", username, siren);
        return this;
    }

    /** How many e-mails were queued for {@code recipient} with a subject {@code like} the pattern ({@code %} for any text). */
    long mails(String recipient, String subjectLike) {
        return number("select count(*) from outgoing_mail where recipient = ? and subject like ?", recipient,
                subjectLike);
    }

    long number(String sql, Object... args) {
        try (Connection c = db.getConnection();
                PreparedStatement s = prepare(c, sql, args);
                ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String text(String sql, Object... args) {
        try (Connection c = db.getConnection();
                PreparedStatement s = prepare(c, sql, args);
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void update(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = prepare(c, sql, args)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}

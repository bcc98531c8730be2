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
        update("insert into stored_document (file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at) "
                + "values ('fiche.pdf', 'application/pdf', 20, repeat('a', 64), 'rh.ales', current_timestamp(3))");
        long document = number("select max(id) from stored_document");
        update("insert into document_content (document_id, bytes) values (?, ?)", document,
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        update("insert into recruitment_file (kind, stage, authority_id, territory_id, post_id, title, opened_by, opened_at, "
                + "due_date) select 'REPLACEMENT', ?, p.employer_id, p.territory_id, p.id, p.title, 'rh.ales', "
                + "current_timestamp(3), current_date() + interval 10 day from cooperation_post p where p.id = ?", stage, post);
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

    /** How many recruitment files Alès Agglomération has, and in which stages and versions. */
    String alesFilesState() {
        return text("select coalesce(group_concat(concat(f.id, ':', f.stage, ':', f.version, ':', "
                + "(select count(*) from job_description d where d.file_id = f.id), ':', "
                + "(select count(*) from candidate c where c.file_id = f.id), ':', "
                + "(select count(*) from file_message m where m.file_id = f.id)) order by f.id), '') "
                + "from recruitment_file f join authority a on a.id = f.authority_id where a.siren = ?", ALES);
    }

    /** As the identity provider's {@code authority} claim would have recorded it at sign-in. */
    void member(String username, String siren) {
        update("insert ignore into authority_member (username, authority_id, synced_at) "
                + "select ?, id, current_timestamp(3) from authority where siren = ?", username, siren);
    }

    long number(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = prepare(c, sql, args);
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
        try (Connection c = db.getConnection(); PreparedStatement s = prepare(c, sql, args);
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

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

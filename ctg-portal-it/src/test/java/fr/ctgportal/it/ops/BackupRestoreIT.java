package fr.ctgportal.it.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.dev.DatabaseBackup;
import fr.ctgportal.dev.EmbeddedDatabase;
import fr.ctgportal.it.env.TestEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The backup command restores: the test database (demo data, what the other tests did, and a document
 * and an audit event written here) is saved with {@code mariadb-dump --single-transaction}, restored
 * into a new empty MariaDB, and every table comes back the same (MariaDB's {@code CHECKSUM TABLE}:
 * files, decisions, documents and the audit trail), the document byte for byte. {@code TwoNodesIT}
 * starts the portal on such a restored database.
 */
class BackupRestoreIT {

    /** The restored server's port (52000-52999: the operations tests'). */
    static final int RESTORED_DB_PORT = 52306;

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseWithEveryRecordAndDocumentByteForByte() throws Exception {
        TestEnvironment env = TestEnvironment.get();
        env.portal(); // the schema and the demo data, as the portal migrates them
        EmbeddedDatabase source = env.database();
        DatabaseBackup.Target from = DatabaseBackup.Target.of(source.jdbcUrl(), EmbeddedDatabase.USER,
                EmbeddedDatabase.PASSWORD);
        byte[] pdf = document(300_000);
        long documentId;
        try (Connection c = connect(source)) {
            documentId = insert(c,
                    "insert into stored_document (file_name, content_type, size_bytes, sha256, uploaded_by, "
                            + "uploaded_at) values ('sauvegarde.pdf', 'application/pdf', ?, ?, 'rh.uzes', current_timestamp(3))",
                    pdf.length, sha256(pdf));
            insert(c, "insert into document_content (document_id, bytes) values (?, ?)", documentId, pdf);
            insert(c, "insert into audit_event (occurred_at, actor, action, entity_type, entity_id, detail, reason) "
                    + "values (current_timestamp(3), 'direction.caf', 'DOCUMENT_ADDED', 'StoredDocument', ?, "
                    + "'Sauvegarde : « é ü 漢字 »', 'test de restauration')", documentId);
        }

        DatabaseBackup backup = new DatabaseBackup(env.work().resolve("mariadb/base/bin"));
        Path file = env.work().resolve("backup/ctg.sql.gz");
        Map<String, String> before;
        Map<String, String> after;
        int tries = 0;
        do { // the portals' mail relays may write between two looks: take the dump between two equal looks
            before = checksums(backup, from);
            backup.save(from, file);
            after = checksums(backup, from);
        } while (!before.equals(after) && ++tries < 3);
        assertEquals(before, after, "the source moved during every dump");
        assertTrue(DatabaseBackup.complete(file));
        assertFalse(Files.exists(file.resolveSibling("ctg.sql.gz.partial")));

        try (EmbeddedDatabase restored = new EmbeddedDatabase(env.work().resolve("mariadb-restored"),
                RESTORED_DB_PORT)) {
            fr.ctgportal.process.FileTrees.delete(env.work().resolve("mariadb-restored"));
            restored.start();
            DatabaseBackup.Target to = DatabaseBackup.Target.of(restored.jdbcUrl(), EmbeddedDatabase.USER,
                    EmbeddedDatabase.PASSWORD);
            backup.restore(file, to);
            assertEquals(before, checksums(backup, to), "every table the same, row for row");
            assertTrue(before.containsKey("audit_event") && before.containsKey("document_content")
                    && before.containsKey("funding_decision") && before.containsKey("recruitment_file")
                    && before.containsKey("flyway_schema_history"), before.keySet().toString());
            try (Connection c = connect(restored);
                    PreparedStatement s = c.prepareStatement("select d.sha256, c.bytes from stored_document d "
                            + "join document_content c on c.document_id = d.id where d.id = ?")) {
                s.setLong(1, documentId);
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next());
                    assertArrayEquals(pdf, r.getBytes(2), "the document, byte for byte");
                    assertEquals(sha256(pdf), r.getString(1));
                }
            }
            assertEquals("direction.caf|Sauvegarde : « é ü 漢字 »", backup.query(to, "select concat(actor, '|', detail) "
                    + "from audit_event where entity_type = 'StoredDocument' and entity_id = " + documentId));
            IllegalStateException twice = assertThrows(IllegalStateException.class, () -> backup.restore(file, to));
            assertTrue(twice.getMessage().contains("n'est pas vide"), twice.getMessage());
        }
    }

    /** A PDF-looking file with every byte value in it. */
    private static byte[] document(int size) {
        byte[] bytes = new byte[size];
        new Random(18).nextBytes(bytes);
        byte[] start = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] end = "\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, bytes, 0, start.length);
        for (int i = 0; i < 256; i++) {
            bytes[start.length + i] = (byte) i;
        }
        System.arraycopy(end, 0, bytes, size - end.length, end.length);
        return bytes;
    }

    /** {@code CHECKSUM TABLE} of every table of the database, by name. */
    static Map<String, String> checksums(DatabaseBackup backup, DatabaseBackup.Target target) {
        List<String> tables = backup.query(target, "select table_name from information_schema.tables "
                + "where table_schema = database() order by table_name").lines().toList();
        Map<String, String> sums = new LinkedHashMap<>();
        String result = backup.query(target, "checksum table " + String.join(", ", tables) + " extended");
        result.lines().map(line -> line.split("\t")).forEach(cols -> sums.put(
                cols[0].substring(cols[0].indexOf('.') + 1), cols[1]));
        return sums;
    }

    static Connection connect(EmbeddedDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
    }

    private static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

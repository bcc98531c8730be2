package fr.ctgportal.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces of the two-node run and of the backup command that need no server. */
class OperationsToolsTest {

    @Test
    void theProxyIsStickyChecksReadinessAndRedispatches() {
        Map<String, Integer> nodes = new LinkedHashMap<>();
        nodes.put("node1", 8081);
        nodes.put("node2", 8082);
        String config = new ReverseProxy(8080, nodes, Path.of("target/proxy")).configuration();
        assertTrue(config.contains("bind 127.0.0.1:8080"), config);
        assertTrue(config.contains("cookie CTG_NODE insert indirect nocache httponly"), config);
        assertTrue(config.contains("option httpchk GET /health/ready"), config);
        assertTrue(config.contains("option redispatch"), config);
        assertTrue(config.contains("server node1 127.0.0.1:8081 check cookie node1"), config);
        assertTrue(config.contains("server node2 127.0.0.1:8082 check cookie node2"), config);
    }

    @Test
    void aClusterNodeBindsTheDataGridToLoopbackAndKeepsBackupsOnTheSameHost() {
        List<String> options = new PayaraMicroServer.Cluster("ctg", "node2", 5902, List.of(5901, 5902)).options();
        assertEquals(List.of("--clustername", "ctg", "--name", "node2", "--nohostaware", "--interfaces", "127.0.0.1",
                "--startport", "5902", "--clustermode", "tcpip:127.0.0.1:5901,127.0.0.1:5902"), options);
    }

    @Test
    void theNodesOption() {
        assertEquals(1, DevPortal.nodes(new String[]{"--reset"}));
        assertEquals(2, DevPortal.nodes(new String[]{"--nodes", "2"}));
        assertEquals(3, DevPortal.nodes(new String[]{"--reset", "--nodes", "3"}));
    }

    @Test
    void theBackupReadsThePortalsDatabaseUrl() {
        DatabaseBackup.Target target = DatabaseBackup.Target.of("jdbc:mariadb://127.0.0.1:3307/ctg", "ctg", "x");
        assertEquals(new DatabaseBackup.Target("127.0.0.1", 3307, "ctg", "ctg", "x"), target);
        assertEquals(3306, DatabaseBackup.Target.of("jdbc:mariadb://db.example/ctg", "u", "p").port());
        assertThrows(IllegalArgumentException.class, () -> DatabaseBackup.Target.of("jdbc:mariadb://db/", "u", "p"));
    }

    @Test
    void onlyADumpThatEndsWithItsLastLineIsComplete(@TempDir Path dir) throws IOException {
        String dump = "-- MariaDB dump\nCREATE TABLE t (id int);\n" + "x".repeat(200_000)
                + "\n-- Dump completed on 2026-11-29 16:00:00\n";
        Path plain = Files.writeString(dir.resolve("ok.sql"), dump);
        assertTrue(DatabaseBackup.complete(plain));
        Path gz = dir.resolve("ok.sql.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(dump.getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(DatabaseBackup.complete(gz));
        Path cut = Files.writeString(dir.resolve("cut.sql"), dump.substring(0, dump.length() / 2));
        assertFalse(DatabaseBackup.complete(cut));
        assertFalse(DatabaseBackup.complete(dir.resolve("missing.sql")));
    }
}

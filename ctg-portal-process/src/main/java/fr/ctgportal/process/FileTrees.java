package fr.ctgportal.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Unpacking a server distribution and deleting a folder, for the launchers. */
public final class FileTrees {

    private FileTrees() {
    }

    /**
     * Extracts a zip into a directory, refusing any entry that would land outside it (zip slip).
     *
     * @throws IOException if the zip cannot be read, a file not written, or an entry points outside
     *     the target (the message names the entry)
     */
    public static void unzip(Path zipFile, Path targetDir) throws IOException {
        Path root = targetDir.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root) || out.equals(root)) {
                    throw new IOException("Refusing zip entry outside the target directory: " + entry.getName()
                            + " (in " + zipFile + ")");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /** The name of the zip's top-level directory (a distribution's single root folder). */
    public static String topLevelDirectory(Path zipFile) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                int slash = name.indexOf('/');
                if (slash > 0) {
                    return name.substring(0, slash);
                }
            }
        }
        throw new IOException("No top-level directory in " + zipFile);
    }

    /**
     * Makes the regular files directly in or below {@code dir} that {@code which} accepts executable
     * by everyone (zip entries carry no permissions).
     *
     * @throws IOException if {@code dir} is not a directory or a permission cannot be set
     */
    public static void makeExecutable(Path dir, Predicate<Path> which) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("Not a directory: " + dir);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(which).toList()) {
                Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(file));
                permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE,
                        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
                Files.setPosixFilePermissions(file, permissions);
            }
        }
    }

    /** Deletes a file or a folder with all it holds (links are deleted, not followed); nothing if absent. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

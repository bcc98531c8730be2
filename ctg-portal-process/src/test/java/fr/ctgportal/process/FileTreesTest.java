package fr.ctgportal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking (moved here from KeycloakServerTest with the code) and deleting. */
class FileTreesTest {

    @TempDir
    Path tmp;

    @Test
    void unzipRefusesEntriesOutsideTheTarget() throws IOException {
        Path zip = tmp.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("dist/ok.txt"));
            out.write("ok".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("dist/../../evil.txt"));
            out.write("evil".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path target = tmp.resolve("target");
        Files.createDirectories(target);
        IOException error = assertThrows(IOException.class, () -> FileTrees.unzip(zip, target));
        assertTrue(error.getMessage().contains("evil.txt"), error.getMessage());
        assertFalse(Files.exists(tmp.resolve("evil.txt")));
    }

    @Test
    void unzipExtractsAnOrdinaryArchive() throws IOException {
        Path zip = tmp.resolve("ok.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("dist/"));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("dist/bin/kc.sh"));
            out.write("#!/bin/sh\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path target = tmp.resolve("target");
        Files.createDirectories(target);
        FileTrees.unzip(zip, target);
        assertEquals("#!/bin/sh\n", Files.readString(target.resolve("dist/bin/kc.sh")));
    }

    @Test
    void deleteRemovesAFolderWithItsContentAndIgnoresAMissingOne() throws IOException {
        Path folder = tmp.resolve("a");
        Files.createDirectories(folder.resolve("b/c"));
        Files.writeString(folder.resolve("b/c/d.txt"), "d");
        FileTrees.delete(folder);
        assertFalse(Files.exists(folder));
        FileTrees.delete(folder);
    }
}

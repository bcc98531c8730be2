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
        Path zip = zip("evil.zip", "dist/ok.txt", "ok", "dist/../../evil.txt", "evil");
        Path target = tmp.resolve("target");
        Files.createDirectories(target);
        IOException error = assertThrows(IOException.class, () -> FileTrees.unzip(zip, target));
        assertTrue(error.getMessage().contains("evil.txt"), error.getMessage());
        assertFalse(Files.exists(tmp.resolve("evil.txt")));
    }

    @Test
    void unzipExtractsAnOrdinaryArchive() throws IOException {
        Path zip = zip("ok.zip", "dist/", "", "dist/bin/kc.sh", "#!/bin/sh\n");
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

    /** A zip in the temporary folder: pairs of entry name and content (a name ending in / is a folder). */
    private Path zip(String name, String... entries) throws IOException {
        Path zip = tmp.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (int i = 0; i < entries.length; i += 2) {
                out.putNextEntry(new ZipEntry(entries[i]));
                out.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}

package fr.ctgportal.process;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of a log file, to quote in an error message. */
public final class Logs {

    /** At most this much of the end of a log is read (a server log can be large). */
    private static final int TAIL_BYTES = 64 * 1024;

    private Logs() {
    }

    /**
     * The last lines of a log file, read from its last 64 KiB as UTF-8 (malformed bytes replaced, so
     * any log can be quoted).
     *
     * @param log the file
     * @param lines how many lines at most
     * @return the lines joined by the platform's line separator, or a parenthesised note when the
     *     file is missing or unreadable (never throws)
     */
    public static String tail(Path log, int lines) {
        if (!Files.isRegularFile(log)) {
            return "(no log file: " + log + ")";
        }
        try (SeekableByteChannel channel = Files.newByteChannel(log)) {
            long size = channel.size();
            int length = (int) Math.min(size, TAIL_BYTES);
            channel.position(size - length);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read fully
            }
            List<String> all = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).lines()
                    .toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}

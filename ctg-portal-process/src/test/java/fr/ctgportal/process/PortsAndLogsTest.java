package fr.ctgportal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortsAndLogsTest {

    @TempDir
    Path tmp;

    @Test
    void aListeningPortIsTakenAndNamedAFreeOneIsFree() throws IOException {
        try (ServerSocket blocker = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = blocker.getLocalPort();
            assertFalse(Ports.isFree(port));
            assertTrue(Ports.whyTaken(port).isPresent());
            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> Ports.requireFree(port, "essai"));
            assertTrue(error.getMessage().contains("Le port " + port + " (essai)"), error.getMessage());
        }
        int free = Ports.freePort();
        assertTrue(Ports.isFree(free), "port " + free);
    }

    @Test
    void aPortBoundButNotListeningIsTakenToo() throws IOException {
        try (ServerSocket bound = new ServerSocket()) {
            bound.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 1);
            assertFalse(Ports.isFree(bound.getLocalPort()));
        }
    }

    @Test
    void tailGivesTheLastLinesAndNotesAMissingFile() throws IOException {
        Path log = tmp.resolve("server.log");
        Files.writeString(log,
                IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));
        assertEquals(String.join(System.lineSeparator(), "line 98", "line 99", "line 100"), Logs.tail(log, 3));
        assertEquals("(no log file: " + tmp.resolve("absent.log") + ")", Logs.tail(tmp.resolve("absent.log"), 3));
    }

    @Test
    void tailReadsOnlyTheEndOfALargeLog() throws IOException {
        Path log = tmp.resolve("large.log");
        Files.writeString(log, "x".repeat(200_000) + "\nlast\n");
        assertEquals("last", Logs.tail(log, 1));
    }

    @Test
    void socketAddressesFromProcNetAreDecodedAndLoopbackRecognised() {
        InetSocketAddress v4 = Sockets.decode("0100007F:1F90");
        assertEquals("127.0.0.1", v4.getAddress().getHostAddress());
        assertEquals(8080, v4.getPort());
        assertTrue(Sockets.isLoopback(v4.getAddress()));
        assertFalse(Sockets.isLoopback(Sockets.decode("00000000:1F90").getAddress()));
        assertTrue(Sockets.isLoopback(Sockets.decode("00000000000000000000000001000000:0050").getAddress()));
        assertTrue(Sockets.isLoopback(Sockets.decode("0000000000000000FFFF00000100007F:0050").getAddress()));
        assertFalse(Sockets.isLoopback(Sockets.decode("00000000000000000000000000000000:0050").getAddress()));
    }
}

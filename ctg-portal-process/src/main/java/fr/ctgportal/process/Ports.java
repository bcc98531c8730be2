package fr.ctgportal.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Optional;

/**
 * Port checks on 127.0.0.1 done before starting anything, so that a taken port gives a clear message
 * naming it, not a server that only says so deep in its log.
 */
public final class Ports {

    /** The loopback address every server of the portal binds to. */
    public static final String LOOPBACK = "127.0.0.1";

    private Ports() {
    }

    /**
     * Why the port cannot be bound on 127.0.0.1, if it cannot: something answers there, or the bind
     * fails. A connection left in TIME_WAIT by a previous run does not count as taken
     * ({@code SO_REUSEADDR}, as the servers themselves bind).
     *
     * @param port a TCP port, 1 to 65535
     * @return empty if the port is free, else the reason (e.g. {@code "Address already in use"})
     */
    public static Optional<String> whyTaken(int port) {
        InetSocketAddress address = new InetSocketAddress(loopback(), port);
        try (Socket socket = new Socket()) {
            socket.connect(address, 300);
            return Optional.of("a program answers on " + LOOPBACK + ":" + port);
        } catch (IOException nobodyListens) {
            // expected: now check that the bind itself works
        }
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(address);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** Whether the port can be bound on 127.0.0.1 (see {@link #whyTaken(int)}). */
    public static boolean isFree(int port) {
        return whyTaken(port).isEmpty();
    }

    /**
     * Fails with a message (in French, for the run command's console) naming the port and what needs it.
     *
     * @param port the port
     * @param what what needs it, e.g. {@code "Keycloak"}
     * @throws IllegalStateException if the port is taken on 127.0.0.1
     */
    public static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new IllegalStateException(
                    "Le port " + port + " (" + what + ") est déjà utilisé sur " + LOOPBACK + ". "
                            + "Arrêtez le programme qui l'occupe (voir : ss -ltnp | grep :" + port
                            + ") ou choisissez un autre port.");
        }
    }

    /**
     * A port free on 127.0.0.1 right now, for tests.
     *
     * @throws IllegalStateException if the system gives none
     */
    public static int freePort() {
        try (ServerSocket server = new ServerSocket(0, 1, loopback())) {
            return server.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on " + LOOPBACK, e);
        }
    }

    /** 127.0.0.1 itself (not {@link InetAddress#getLoopbackAddress()}, which may be ::1). */
    static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[]{127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError("a 4-byte address is always valid", e);
        }
    }
}

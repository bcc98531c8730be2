package fr.ctgportal.dev;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port checks done before starting anything, so that a taken port gives a clear message, not a hang. */
public final class Ports {

    private Ports() {
    }

    public static boolean isFree(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return false;
        } catch (IOException connectionRefused) {
            try (ServerSocket server = new ServerSocket()) {
                server.setReuseAddress(true);
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** Fails with a message naming the port and what needs it. */
    public static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new IllegalStateException("Le port " + port + " (" + what + ") est déjà utilisé sur 127.0.0.1. "
                    + "Arrêtez le programme qui l'occupe (voir : ss -ltnp | grep :" + port + ") ou choisissez un autre port.");
        }
    }

    /** A port free right now, for tests. */
    public static int freePort() {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return server.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}

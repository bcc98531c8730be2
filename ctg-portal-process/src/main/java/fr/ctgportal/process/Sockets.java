package fr.ctgportal.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The sockets processes listen on, read from {@code /proc} (Linux), to check they bind to loopback only. */
public final class Sockets {

    private Sockets() {
    }

    /**
     * The TCP sockets in LISTEN state and the unconnected UDP sockets of these processes, read from
     * {@code /proc/<pid>/fd} (socket inodes) and {@code /proc/net/{tcp,tcp6,udp,udp6}}.
     *
     * @throws IOException if {@code /proc} cannot be read (a process ended, not Linux)
     */
    public static List<InetSocketAddress> listening(Collection<ProcessHandle> processes) throws IOException {
        Set<String> inodes = new HashSet<>();
        for (ProcessHandle process : processes) {
            try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
                for (Path fd : fds.toList()) {
                    try {
                        String link = Files.readSymbolicLink(fd).toString();
                        if (link.startsWith("socket:[")) {
                            inodes.add(link.substring("socket:[".length(), link.length() - 1));
                        }
                    } catch (IOException closedMeanwhile) {
                        // the descriptor was closed while listing
                    }
                }
            }
        }
        List<InetSocketAddress> listening = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path file = Path.of("/proc/net", table);
            if (!Files.exists(file)) {
                continue;
            }
            // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length < 10 || !inodes.contains(fields[9])) {
                    continue;
                }
                boolean tcp = table.startsWith("tcp");
                boolean listens = tcp ? "0A".equals(fields[3]) : "07".equals(fields[3]);
                if (listens) {
                    listening.add(decode(fields[1]));
                }
            }
        }
        return listening;
    }

    /** Decodes a /proc/net address: hex IP (32-bit words in host order, little-endian here) and hex port. */
    static InetSocketAddress decode(String hexAddressAndPort) {
        String[] parts = hexAddressAndPort.split(":");
        String hex = parts[0];
        byte[] address = new byte[hex.length() / 2];
        for (int word = 0; word < address.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int from = word * 8 + (3 - i) * 2;
                address[word * 4 + i] = (byte) Integer.parseInt(hex.substring(from, from + 2), 16);
            }
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(address), Integer.parseInt(parts[1], 16));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(hexAddressAndPort, e);
        }
    }

    /** 127.0.0.0/8, ::1 and ::ffff:127.x.x.x (IPv4-mapped; Java maps those to Inet4Address already). */
    public static boolean isLoopback(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            mapped &= bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
            if (mapped) {
                return bytes[12] == 127;
            }
        }
        return address.isLoopbackAddress();
    }
}

package fr.ctgportal.dev;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops a child process and all its descendants, gently then forcibly: tests leave nothing behind. */
public final class Processes {

    private Processes() {
    }

    public static void stopTree(Process process, Duration grace) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}

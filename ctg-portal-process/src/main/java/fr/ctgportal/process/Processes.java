package fr.ctgportal.process;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ends a process with all its descendants, gently (SIGTERM) then forcibly (SIGKILL): server
 * launchers are often scripts running a java child, and tests must leave nothing behind.
 */
public final class Processes {

    private Processes() {
    }

    /** The process's descendants, then the process itself. */
    public static List<ProcessHandle> tree(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        return tree;
    }

    /**
     * Stops a process and its descendants: SIGTERM to all, then after {@code grace} SIGKILL to what
     * is left (descendants forked meanwhile included), waiting at most {@code forced} more.
     *
     * @return whether all of them have ended
     */
    public static boolean stop(ProcessHandle root, Duration grace, Duration forced) {
        return stop(root, tree(root), grace, forced);
    }

    /**
     * Same as {@link #stop(ProcessHandle, Duration, Duration)} for a tree listed earlier (e.g. before
     * asking the server to stop itself, after which its descendants can no longer be found from it).
     */
    public static boolean stop(ProcessHandle root, Collection<ProcessHandle> knownTree, Duration grace,
            Duration forced) {
        Set<ProcessHandle> tree = new LinkedHashSet<>(knownTree);
        tree.addAll(tree(root));
        tree.forEach(ProcessHandle::destroy);
        if (awaitEnd(tree, grace)) {
            return true;
        }
        // kc.sh re-executing java, for instance, forks after the first listing
        tree.addAll(tree(root));
        tree.forEach(ProcessHandle::destroyForcibly);
        return awaitEnd(tree, forced);
    }

    /** SIGKILL to a process and its descendants at once, without waiting (shutdown hooks, timeouts). */
    public static void kill(ProcessHandle root) {
        tree(root).forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Waits until all these processes have ended, at most {@code timeout}; an interrupt ends the wait
     * early (the thread's interrupt flag is set again).
     *
     * @return whether none is alive
     */
    public static boolean awaitEnd(Collection<ProcessHandle> processes, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        for (ProcessHandle process : processes) {
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                break;
            }
            try {
                process.onExit().get(left.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                break;
            } catch (ExecutionException e) {
                // onExit never fails; the liveness check below decides
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return processes.stream().noneMatch(ProcessHandle::isAlive);
    }

    /** The process ids still alive among these, for a message. */
    public static List<Long> alive(Collection<ProcessHandle> processes) {
        return processes.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList();
    }
}

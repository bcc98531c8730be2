package fr.ctgportal.ejb.platform;

import java.util.List;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How the daily jobs go through their records: one at a time, each step in its own transaction (the
 * step's {@code REQUIRES_NEW}), so that a failing record is logged and skipped instead of stopping or
 * rolling back the others.
 */
public final class OneAtATime {

    private OneAtATime() {
    }

    /**
     * @param ids  the records' ids, in the order to go through them
     * @param step the work on one record; true when it did something (a reminder sent, a funding suspended)
     * @param log  where a failure is logged (warning, with its stack trace)
     * @param what what a step is, for the log ("reminder of recruitment file"): the id and "failed" follow
     * @return how many steps did something
     */
    public static int count(List<Long> ids, LongPredicate step, Logger log, String what) {
        int done = 0;
        for (long id : ids) {
            try {
                done += step.test(id) ? 1 : 0;
            } catch (RuntimeException e) {
                log.log(Level.WARNING, what + " " + id + " failed", e);
            }
        }
        return done;
    }
}

package fr.ctgportal.ejb.compliance;

import fr.ctgportal.ejb.platform.OneAtATime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The daily notice of the compliance procedures whose deadline passed without being closed (daily job
 * {@code PROCEDURE_DEADLINES}): the Caf managers are told once per procedure, on the first day after
 * its deadline (or the first run after it, when the jobs did not run that day). One procedure per
 * transaction; a failing one is logged and tried again the next day.
 */
@ApplicationScoped
public class ProcedureDeadlines {

    private static final Logger LOG = Logger.getLogger(ProcedureDeadlines.class.getName());

    @Inject
    private ProcedureDeadlineSteps steps;

    /** @return how many procedures the managers were told of */
    public int tellManagers(LocalDate day) {
        return OneAtATime.count(steps.pastDeadline(day), id -> steps.tellManagers(id, day), LOG,
                "deadline notice of compliance procedure");
    }
}

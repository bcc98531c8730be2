package fr.ctgportal.web.ops;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.jobs.DailyRun;
import fr.ctgportal.ejb.mail.MailOutbox;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.jobs.DailyJob;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Test-only, for the two-node test ({@code TwoNodesIT}), which calls each node directly at the same
 * instant: {@code /test/jobs?job=REPORT_REMINDERS&day=2031-06-20} runs a daily job on this node (if it
 * claims it), {@code /test/relay} delivers the outbox from this node, {@code /test/doctrine?parameter=
 * VACANCY_GRACE_MONTHS&on=2031-01-01} reads a parameter's value as this node's doctrine has it. Each
 * answers {@code node=<pid@host>} first. Answers 404 unless {@code ctg.test-hooks}
 * ({@code CTG_TEST_HOOKS}) is true, which only the integration tests set.
 */
@WebServlet({"/test/jobs", "/test/relay", "/test/doctrine"})
public class ClusterTestHook extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "ctg.test-hooks", defaultValue = "false")
    boolean enabled;

    @Inject
    private DailyRun daily;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PortalDoctrine doctrine;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!enabled) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String answer;
        try {
            answer = switch (request.getServletPath()) {
                case "/test/jobs" -> daily.runOnce(LocalDate.parse(request.getParameter("day")),
                        DailyJob.valueOf(request.getParameter("job"))).toString();
                case "/test/relay" -> {
                    outbox.relay();
                    yield "relayed";
                }
                default -> doctrine.current().parametersAt(LocalDate.parse(request.getParameter("on")))
                        .value(DoctrineParameter.valueOf(request.getParameter("parameter"))).stripTrailingZeros()
                        .toPlainString();
            };
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("node=" + ManagementFactory.getRuntimeMXBean().getName() + "\n" + answer);
    }
}

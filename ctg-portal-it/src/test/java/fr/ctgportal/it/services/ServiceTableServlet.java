package fr.ctgportal.it.services;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.sql.DataSource;

/**
 * Runs one check of the service table in the container, for {@code PortalServicesIT}'s dynamic
 * tests (which Arquillian runs on the client): {@code row} names the {@link ServiceCatalog.Case},
 * {@code methodName} the {@link Caller} ({@code className} its class), whom {@link TestUserMechanism}
 * signs in for the request. Answers {@value #PASSED}, or the failure with its stack trace.
 */
@WebServlet("/service-table")
public class ServiceTableServlet extends HttpServlet {

    static final String PASSED = "passed";

    @Resource(lookup = "java:app/jdbc/ctg")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String outcome;
        try {
            Caller caller = Caller.valueOf(request.getParameter("methodName"));
            ServiceCatalog.Case row = ServiceCatalog.row(request.getParameter("row"));
            caller.verify(row, ServiceCatalog.Services.lookUp(ServiceCatalog.demo(dataSource)));
            outcome = PASSED;
        } catch (Throwable e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            outcome = trace.toString();
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(outcome);
    }
}

package fr.ctgportal.web.report;

import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.report.ReportReviewService;
import fr.ctgportal.web.faces.Pages;
import fr.ctgportal.web.recruitment.DocumentServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Downloads around the annual reports: a report as PDF ({@code /fichiers/rapport?id=1}), one of its
 * attachments ({@code ?id=1&piece=2}), a year's reports as XLSX ({@code /fichiers/rapports?annee=2025},
 * optionally {@code &territoire=3}). The EJB decides who may read what.
 */
@WebServlet({"/fichiers/rapport", "/fichiers/rapports"})
public class ReportFileServlet extends HttpServlet {

    @EJB
    private transient ReportReviewService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentDownload download;
        try {
            if (request.getServletPath().endsWith("rapports")) {
                Long year = Pages.idOf(request.getParameter("annee"));
                if (year == null || year > 9999) {
                    throw new NotFoundException();
                }
                download = reports.export(Pages.idOf(request.getParameter("territoire")), year.intValue());
            } else {
                Long id = Pages.idOf(request.getParameter("id"));
                Long piece = Pages.idOf(request.getParameter("piece"));
                if (id == null) {
                    throw new NotFoundException();
                }
                download = piece == null ? reports.reportPdf(id) : reports.attachment(id, piece);
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (jakarta.ejb.EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        DocumentServlet.send(download, response);
    }
}

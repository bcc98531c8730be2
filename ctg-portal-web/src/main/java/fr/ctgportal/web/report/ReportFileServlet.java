package fr.ctgportal.web.report;

import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.report.ReportReviewService;
import fr.ctgportal.web.faces.DownloadServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Downloads around the annual reports: a report as PDF ({@code /fichiers/rapport?id=1}), one of its
 * attachments ({@code ?id=1&piece=2}), a year's reports as XLSX ({@code /fichiers/rapports?annee=2025},
 * optionally {@code &territoire=3}). The EJB decides who may read what.
 */
@WebServlet({"/fichiers/rapport", "/fichiers/rapports"})
public class ReportFileServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ReportReviewService reports;

    @Override
    protected DocumentDownload download(HttpServletRequest request) {
        if (request.getServletPath().endsWith("rapports")) {
            long year = id(request, "annee");
            if (year > 9999) {
                throw new NotFoundException();
            }
            return reports.export(optionalId(request, "territoire"), (int) year);
        }
        long id = id(request, "id");
        Long piece = optionalId(request, "piece");
        return piece == null ? reports.reportPdf(id) : reports.attachment(id, piece);
    }
}

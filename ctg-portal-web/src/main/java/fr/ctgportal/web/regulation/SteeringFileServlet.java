package fr.ctgportal.web.regulation;

import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.regulation.RegulationService;
import fr.ctgportal.web.faces.DownloadServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The steering page's documents: the indicators as XLSX ({@code /fichiers/pilotage.xlsx}) and the page
 * as a PDF for the Commission d'Action Sociale ({@code /fichiers/pilotage.pdf}). The EJB decides who may
 * read what.
 */
@WebServlet({"/fichiers/pilotage.xlsx", "/fichiers/pilotage.pdf"})
public class SteeringFileServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient RegulationService regulation;

    @Override
    protected DocumentDownload download(HttpServletRequest request) {
        return request.getServletPath().endsWith(".pdf") ? regulation.report() : regulation.workbook();
    }
}

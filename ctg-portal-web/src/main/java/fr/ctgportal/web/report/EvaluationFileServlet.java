package fr.ctgportal.web.report;

import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.report.EvaluationService;
import fr.ctgportal.web.faces.DownloadServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The minutes of the network meeting an intermediate evaluation comes from
 * ({@code /fichiers/evaluation?id=1}). The EJB decides who may read them.
 */
@WebServlet("/fichiers/evaluation")
public class EvaluationFileServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient EvaluationService evaluations;

    @Override
    protected DocumentDownload download(HttpServletRequest request) {
        return evaluations.minutes(id(request, "id"));
    }
}

package fr.ctgportal.web.compliance;

import fr.ctgportal.ejb.compliance.ComplianceProcedureService;
import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.web.faces.DownloadServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Downloads of the documents attached to a compliance procedure's thread
 * ({@code /fichiers/procedure?procedure=1&document=2}). The EJB decides who may read what.
 */
@WebServlet("/fichiers/procedure")
public class ProcedureDocumentServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ComplianceProcedureService procedures;

    @Override
    protected DocumentDownload download(HttpServletRequest request) {
        return procedures.downloadDocument(id(request, "procedure"), id(request, "document"));
    }
}

package fr.ctgportal.web.recruitment;

import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.recruitment.RecruitmentQueryService;
import fr.ctgportal.web.faces.DownloadServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Downloads of a recruitment file's documents ({@code ?dossier=1&document=2}) and of the Caf's
 * opinion letter ({@code ?dossier=1&avis}, or {@code &candidat=3} for the opinion on a candidate proposed before). The EJB decides who may read what.
 */
@WebServlet("/fichiers/recrutement")
public class DocumentServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient RecruitmentQueryService queries;

    @Override
    protected DocumentDownload download(HttpServletRequest request) {
        long file = id(request, "dossier");
        Long document = optionalId(request, "document");
        if (document != null) {
            return queries.downloadDocument(file, document);
        }
        if (request.getParameter("avis") == null) {
            throw new NotFoundException();
        }
        Long candidate = optionalId(request, "candidat");
        return candidate == null ? queries.opinionLetter(file) : queries.candidateOpinionLetter(file, candidate);
    }
}

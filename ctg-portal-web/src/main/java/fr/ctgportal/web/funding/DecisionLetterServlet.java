package fr.ctgportal.web.funding;

import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.funding.FundingDecisionService;
import fr.ctgportal.web.faces.DownloadServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/** The letter (PDF) of an approved funding decision ({@code ?id=1}); the EJB decides who may read it. */
@WebServlet("/fichiers/decision")
public class DecisionLetterServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient FundingDecisionService decisions;

    @Override
    protected DocumentDownload download(HttpServletRequest request) {
        return decisions.decisionLetter(id(request, "id"));
    }
}

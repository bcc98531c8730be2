package fr.ctgportal.web.funding;

import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.funding.FundingDecisionService;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.web.faces.Pages;
import fr.ctgportal.web.recruitment.DocumentServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The letter (PDF) of an approved funding decision ({@code ?id=1}); the EJB decides who may read it. */
@WebServlet("/fichiers/decision")
public class DecisionLetterServlet extends HttpServlet {

    @EJB
    private transient FundingDecisionService decisions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = Pages.idOf(request.getParameter("id"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentDownload letter;
        try {
            letter = decisions.decisionLetter(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentServlet.send(letter, response);
    }
}

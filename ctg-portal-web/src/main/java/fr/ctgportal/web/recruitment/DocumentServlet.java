package fr.ctgportal.web.recruitment;

import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.recruitment.RecruitmentQueryService;
import fr.ctgportal.web.faces.Pages;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Downloads of a recruitment file's documents ({@code ?dossier=1&document=2}) and of the Caf's
 * opinion letter ({@code ?dossier=1&avis}). The EJB decides who may read what.
 */
@WebServlet("/fichiers/recrutement")
public class DocumentServlet extends HttpServlet {

    @EJB
    private transient RecruitmentQueryService queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long file = Pages.idOf(request.getParameter("dossier"));
        Long document = Pages.idOf(request.getParameter("document"));
        if (file == null || (document == null && request.getParameter("avis") == null)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentDownload download;
        try {
            download = document != null ? queries.downloadDocument(file, document) : queries.opinionLetter(file);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(download, response);
    }

    /** Sends a file as an attachment, never sniffed nor cached; the name is encoded, never trusted. */
    public static void send(DocumentDownload download, HttpServletResponse response) throws IOException {
        byte[] content = download.content();
        response.setContentType(download.contentType());
        response.setContentLength(content.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        String fallback = download.fileName().endsWith(".xlsx") ? "document.xlsx" : "document.pdf";
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''"
                + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(content);
    }
}

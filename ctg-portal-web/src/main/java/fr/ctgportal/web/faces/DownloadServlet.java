package fr.ctgportal.web.faces;

import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.platform.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one way the portal sends a file: a subclass names the file from the request through a use
 * case (the EJB decides who may read what); a missing or bad parameter, an unknown id or another
 * tenant's file answer 404, a role that may not read it 403, both with the French error pages.
 */
public abstract class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * @return the file to send
     * @throws NotFoundException when the request names no file the caller may see
     * @throws EJBAccessException when the caller's role may not read it
     */
    protected abstract DocumentDownload download(HttpServletRequest request);

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentDownload download;
        try {
            download = download(request);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            AccessRefusals.refused(request, e);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        send(download, response);
    }

    /**
     * @return the id in that query parameter
     * @throws NotFoundException when it is missing or not a number (the same answer as an unknown id)
     */
    protected static long id(HttpServletRequest request, String parameter) {
        Long id = optionalId(request, parameter);
        if (id == null) {
            throw new NotFoundException();
        }
        return id;
    }

    /**
     * @return the id in that query parameter, or null when it is absent
     * @throws NotFoundException when it is there but not an id ({@code piece=abc}): never read as
     *     absent, which would send something else (the whole report, every territory's export)
     */
    protected static Long optionalId(HttpServletRequest request, String parameter) {
        String raw = request.getParameter(parameter);
        if (raw == null) {
            return null;
        }
        Long id = Pages.idOf(raw);
        if (id == null) {
            throw new NotFoundException();
        }
        return id;
    }

    /** Sends a file as an attachment, never sniffed nor cached; the name is encoded, never trusted. */
    private static void send(DocumentDownload download, HttpServletResponse response) throws IOException {
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

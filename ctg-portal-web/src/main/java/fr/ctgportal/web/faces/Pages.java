package fr.ctgportal.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers with an HTTP error whose French page is declared in web.xml. */
public final class Pages {

    private Pages() {
    }

    public static void notFound() {
        sendError(404);
    }

    public static void forbidden() {
        sendError(403);
    }

    public static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}

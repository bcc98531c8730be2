package fr.ctgportal.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import fr.ctgportal.ejb.platform.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.LongFunction;

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

    /** An id as the portal writes it in its links: digits only, at most 18 (any of them fits a {@code long}). */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[0-9]{1,18}");

    /**
     * The id of a page's query string, or null when it is missing or not one (the page then answers
     * "not found", like for an unknown id): only digits are an id; a sign, a space, an exponent
     * ({@code 1e5}), letters or a number too large for an id are not.
     */
    public static Long idOf(String raw) {
        return raw != null && ID.matcher(raw).matches() ? Long.valueOf(raw) : null;
    }

    /**
     * The post id of a post page's query string, for the sections only the parties to a post use
     * (the employer's HR, the Caf): null for other users or a bad id, and the section stays hidden.
     */
    public static Long postIdForParties() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        boolean party = external.isUserInRole("authority-hr") || external.isUserInRole("caf-advisor")
                || external.isUserInRole("caf-manager");
        return party ? idOf(external.getRequestParameterMap().get("id")) : null;
    }

    /**
     * Loads a post page's section for the parties to the post ({@link #postIdForParties()}).
     *
     * @param load loads the section for the post id; a refusal of the use case (not a party to this
     *             post) leaves it hidden
     * @return whether it loaded; false for other users, a bad id or a refusal
     */
    public static boolean loadPostSection(java.util.function.LongConsumer load) {
        Long id = postIdForParties();
        if (id == null) {
            return false;
        }
        try {
            load.accept(id);
            return true;
        } catch (fr.ctgportal.ejb.platform.PortalException e) {
            return false;
        }
    }

    /**
     * The record a page's {@code id} parameter names, found by {@code finder}; null after sending
     * the "not found" page when the id is missing, not a number, unknown or outside the caller's
     * scope (all look the same).
     */
    public static <T> T load(String rawId, LongFunction<T> finder) {
        Long key = idOf(rawId);
        if (key == null) {
            notFound();
            return null;
        }
        try {
            return finder.apply(key);
        } catch (NotFoundException e) {
            notFound();
            return null;
        }
    }

    public static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            if (faces.getPartialViewContext().isAjaxRequest()) {
                // An Ajax request would drop an error page: send the browser to it instead.
                external.redirect(external.getRequestContextPath() + "/erreur/" + status + ".xhtml");
            } else {
                external.responseSendError(status, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}

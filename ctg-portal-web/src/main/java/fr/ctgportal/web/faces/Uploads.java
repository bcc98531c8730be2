package fr.ctgportal.web.faces;

import fr.ctgportal.ejb.document.DocumentService;
import fr.ctgportal.ejb.document.Upload;
import fr.ctgportal.ejb.platform.PortalException;
import java.util.regex.Pattern;
import org.primefaces.model.file.UploadedFile;

/**
 * The one way a page takes a file from a form. Every refusal names the field, so that its French
 * message is shown next to the file input, and the rest of the form stays as typed.
 */
public final class Uploads {

    /**
     * Quotes, angle brackets, colons, control characters (line breaks), path separators, and the escapes
     * browsers send for quotes and line breaks in multipart names (%22, %0A, %0D).
     */
    private static final Pattern FORBIDDEN_NAME = Pattern.compile("[\"<>:/\\\\\\p{Cntrl}]|%22|%0[AaDd]");

    private Uploads() {
    }

    /**
     * A file the user chose, or none: an optional attachment.
     *
     * @param field the file input's client id, e.g. {@code candidate:cv}, where a refusal is shown
     * @return the upload; null when no file was chosen
     * @throws Refused when the file's name, size or type is refused
     */
    public static Upload optional(UploadedFile uploaded, DocumentService documents, String field) {
        if (uploaded == null || isBlank(uploaded.getFileName())) {
            return null;
        }
        String name = uploaded.getFileName();
        if (!acceptableName(name)) {
            throw new Refused(field, "document.error.fileName");
        }
        if (uploaded.getSize() == 0) {
            throw new Refused(field, "document.error.empty");
        }
        try {
            documents.checkUploadSize(uploaded.getSize());
        } catch (PortalException e) {
            throw new Refused(field, e.getMessageKey(), e.getArguments());
        }
        byte[] content = uploaded.getContent();
        if (content.length == 0) {
            throw new Refused(field, "document.error.empty");
        }
        Upload upload = new Upload(name, content);
        try {
            documents.checkPdf(upload);
        } catch (PortalException e) {
            throw new Refused(field, e.getMessageKey(), e.getArguments());
        }
        return upload;
    }

    /**
     * A file the action is about (an attachment to add): choosing none is refused too.
     *
     * @see #optional(UploadedFile, DocumentService, String)
     */
    public static Upload required(UploadedFile uploaded, DocumentService documents, String field) {
        Upload upload = optional(uploaded, documents, field);
        if (upload == null) {
            throw new Refused(field, "document.error.none");
        }
        return upload;
    }

    /** @return whether a file name may be stored and shown as sent (no quotes, brackets, line breaks or path) */
    public static boolean acceptableName(String name) {
        return name != null && !name.isBlank() && !FORBIDDEN_NAME.matcher(name).find();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** A file refused before any use case runs: its message goes next to the file input. */
    public static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String field;
        private final transient Object[] arguments;

        Refused(String field, String messageKey, Object... arguments) {
            super(messageKey);
            this.field = field;
            this.arguments = arguments.clone();
        }

        /** @return the file input's client id */
        public String field() {
            return field;
        }

        /** @return the message key of the web bundle */
        public String messageKey() {
            return getMessage();
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }
}

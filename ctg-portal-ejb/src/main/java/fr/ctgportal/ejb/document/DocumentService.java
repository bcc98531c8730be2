package fr.ctgportal.ejb.document;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;

import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

/**
 * What the web layer asks of the document store, behind the roles that upload files (the store
 * itself is a plain bean the use cases call inside their checks). Reads and stores no tenant data.
 */
@Stateless
@Interceptors(DomainRules.class)
public class DocumentService {

    @Inject
    private DocumentStore store;

    /**
     * Refuses an upload over the size limit before the web layer reads it into memory.
     *
     * @param bytes the size the browser announced, in bytes
     * @throws InvalidInputException with the limit in MB when it is larger
     */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER})
    public void checkUploadSize(long bytes) {
        store.checkSize(bytes);
    }

    /**
     * Refuses a file that is not a PDF a reader opens (parsed, not only its first and last bytes), asks for a
     * password or carries active content (JavaScript, embedded files, launch actions), so that the web layer
     * tells it at the file's field before any use case runs. The store checks it again when it keeps it.
     *
     * @throws InvalidInputException {@code document.error.notPdf}, {@code .encrypted}, {@code .activeContent}
     */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER})
    public void checkPdf(Upload upload) {
        store.checkPdf(upload.content());
    }
}

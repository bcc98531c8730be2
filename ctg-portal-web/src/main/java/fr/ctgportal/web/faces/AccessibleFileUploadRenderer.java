package fr.ctgportal.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' file upload, with the native file input of the simple mode left visible to assistive
 * technologies. PrimeFaces marks that input {@code aria-hidden="true"} although, unskinned, it is the
 * very control a keyboard or screen reader user reaches: a focusable element hidden from them
 * (axe-core {@code aria-hidden-focus}, RGAA 7.1). The skinned mode, which hides the input behind a
 * button, is left as it is.
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload fileUpload, String clientId, String style,
            String styleClass) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"aria-hidden".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeSimpleInputField(context, fileUpload, clientId, style, styleClass);
        } finally {
            context.setResponseWriter(writer);
        }
    }
}

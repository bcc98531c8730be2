package fr.ctgportal.web.faces;

import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.TextLimit;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.io.Serializable;

/**
 * {@code <ctg:text limit="NAME"/>}: the field's text checked as the service checks it
 * ({@link TextLimit#optional(String)}), so that a text too long, a line break in a one-line field or a
 * bidirectional control is refused at the field, in French, before anything is saved; nothing is
 * cut (the fields have no {@code maxlength}, which would let the browser cut a pasted text silently).
 */
@FacesValidator("ctg.text")
public class TextValidator implements Validator<Object>, Serializable {

    private static final long serialVersionUID = 1L;

    private String limit;

    /** @param limit the name of a {@link TextLimit} */
    public void setLimit(String limit) { this.limit = limit; }

    public String getLimit() { return limit; }

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return;
        }
        try {
            TextLimit.valueOf(limit).optional(value.toString());
        } catch (DomainRuleException e) {
            String text = Messages.text(e.getMessageKey(), e.getArguments());
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}

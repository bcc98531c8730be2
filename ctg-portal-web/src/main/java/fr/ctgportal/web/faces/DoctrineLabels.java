package fr.ctgportal.web.faces;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.model.doctrine.DoctrineMessages;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.doctrine.ParameterValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Names of the doctrine's values (phases, findings, parameters, origins, qualifications...) in the
 * view's language, from the doctrine's own bundle: one wording for each, wherever it shows.
 */
@Named("doctrineLabels")
@ApplicationScoped
public class DoctrineLabels {

    @Inject
    private PortalDoctrine doctrine;

    @Inject
    private Clock clock;

    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.FRENCH;
        return DoctrineMessages.of(locale).label(value);
    }

    /** @return a parameter's value of the day, formatted ("25 %", "48 000,00 €"), for texts that quote it */
    public String valueOf(String parameter) {
        return doctrine.parameters().valueAt(DoctrineParameter.valueOf(parameter), LocalDate.now(clock))
                .map(ParameterValue::formatted).orElse("");
    }
}

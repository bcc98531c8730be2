package fr.ctgportal.web.doctrine;

import fr.ctgportal.ejb.doctrine.DoctrineParameterService;
import fr.ctgportal.ejb.doctrine.ParameterRow;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.web.faces.Actions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The doctrine's dated parameters; a Caf manager records a new value from a future day, typed as the
 * table shows the values of its unit: a rate as a percentage ({@code 50} for 50 %, read as 0.5), an
 * amount in euros, FTE or months as they are.
 */
@Named
@ViewScoped
public class ParametersView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private DoctrineParameterService parameters;

    private List<ParameterRow> rows;
    private DoctrineParameter parameter;
    private LocalDate validFrom;
    private BigDecimal value;
    private String source;

    @PostConstruct
    void load() {
        rows = parameters.list();
    }

    public String record() {
        return Actions.run("parameter.saved", () -> parameters.record(parameter, validFrom, inUnit(), source), "");
    }

    /** @return the value typed in the unit of the parameter: a percentage becomes the fraction the doctrine uses */
    private BigDecimal inUnit() {
        return value != null && parameter != null && parameter.unit() == DoctrineParameter.Unit.FRACTION
                ? value.movePointLeft(2)
                : value;
    }

    public DoctrineParameter[] getParameters() { return DoctrineParameter.values(); }
    public List<ParameterRow> getRows() { return rows; }
    public DoctrineParameter getParameter() { return parameter; }
    public void setParameter(DoctrineParameter parameter) { this.parameter = parameter; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}

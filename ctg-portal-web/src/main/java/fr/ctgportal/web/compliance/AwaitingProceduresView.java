package fr.ctgportal.web.compliance;

import fr.ctgportal.ejb.compliance.ComplianceProcedureService;
import fr.ctgportal.ejb.compliance.ProcedureView;
import fr.ctgportal.web.faces.Lazy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** On the authority's home page: the compliance procedures awaiting its answer (HR only). */
@Named
@RequestScoped
public class AwaitingProceduresView {

    @Inject
    private ComplianceProcedureService procedures;

    private final Lazy<List<ProcedureView>> list = new Lazy<>(() -> procedures.awaitingOurAnswer());

    public List<ProcedureView> getProcedures() { return list.get(); }
}

package fr.ctgportal.ejb.regulation;

import fr.ctgportal.ejb.platform.Repository;
import fr.ctgportal.model.regulation.DepartmentPopulation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

/** The department's dated reference populations (repository of {@link DepartmentPopulation}). */
@ApplicationScoped
public class DepartmentPopulations extends Repository<DepartmentPopulation> {

    /** @return the figure in force on that day: the latest from a day on or before it */
    public Optional<DepartmentPopulation> inForce(LocalDate on) {
        return em.createNamedQuery("DepartmentPopulation.inOrder", DepartmentPopulation.class).getResultList()
                .stream().filter(p -> !p.getValidFrom().isAfter(on)).findFirst();
    }
}

package fr.ctgportal.ejb.doctrine;

import fr.ctgportal.ejb.platform.Repository;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.doctrine.ParameterChange;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The parameter values the Caf recorded (repository of {@link ParameterChange}s, only ever added). */
@ApplicationScoped
public class ParameterChanges extends Repository<ParameterChange> {

    /** @return every recorded change, by the day it applies from */
    public List<ParameterChange> inOrder() {
        return em.createNamedQuery("ParameterChange.inOrder", ParameterChange.class).getResultList();
    }

    /** @return whether the parameter already has a value recorded from that day */
    public boolean taken(DoctrineParameter parameter, LocalDate day) {
        return !em.createNamedQuery("ParameterChange.atDay", Long.class).setParameter("parameter", parameter)
                .setParameter("day", day).getResultList().isEmpty();
    }

    /** @return what tells whether the recorded changes moved: their count and their last id */
    public List<Object> mark() {
        return Arrays.asList((Object[]) em.createNamedQuery("ParameterChange.mark").getSingleResult());
    }
}

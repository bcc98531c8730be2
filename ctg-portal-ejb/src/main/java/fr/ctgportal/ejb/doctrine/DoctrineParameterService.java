package fr.ctgportal.ejb.doctrine;

import fr.ctgportal.ejb.platform.DomainRules;
import jakarta.interceptor.Interceptors;
import fr.ctgportal.model.shared.TextLimit;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.doctrine.DoctrineMessages;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.doctrine.ParameterChange;
import fr.ctgportal.model.doctrine.ParameterValue;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The doctrine's dated parameters: everyone concerned reads them; a Caf manager records a new value
 * from a future day (a new Cnaf ceiling, a revised doctrine). Decisions already made keep the
 * values they used.
 */
@Stateless
@Interceptors(DomainRules.class)
public class DoctrineParameterService {


    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<DoctrineParameters.ParameterChanged> changed;

    /** @return every dated value, by parameter then date, with who recorded the changes */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public List<ParameterRow> list() {
        LocalDate today = PortalDoctrine.today();
        Map<String, ParameterChange> recorded = em.createQuery("select c from ParameterChange c", ParameterChange.class)
                .getResultList().stream().collect(Collectors.toMap(c -> key(c.toValue()), c -> c));
        DoctrineMessages labels = DoctrineMessages.french();
        return PortalDoctrine.parameters().all().stream()
                .sorted(Comparator.comparing(ParameterValue::parameter).thenComparing(ParameterValue::validFrom))
                .map(v -> {
                    ParameterChange change = recorded.get(key(v));
                    boolean inForce = PortalDoctrine.parameters().valueAt(v.parameter(), today)
                            .map(current -> current.validFrom().equals(v.validFrom())).orElse(false);
                    return new ParameterRow(v.parameter().name(), labels.label(v.parameter()), v.formatted(),
                            v.validFrom(), v.source(), change == null ? null : change.getRecordedBy(),
                            change == null ? null : change.getRecordedAt(), inForce, v.validFrom().isAfter(today));
                }).toList();
    }

    /**
     * Records a new value of a parameter from a future day.
     *
     * @return the id of the recorded change
     */
    @RolesAllowed(CAF_MANAGER)
    public long record(DoctrineParameter parameter, LocalDate validFrom, BigDecimal value, String source) {
        if (validFrom == null || !validFrom.isAfter(PortalDoctrine.today())) {
            throw new InvalidInputException("parameter.error.future", DoctrineFormats.date(PortalDoctrine.today().plusDays(1)));
        }
        String text = source == null ? null : source.strip();
        if (TextLimit.length(text) > TextLimit.SOURCE.max()) {
            throw new InvalidInputException("parameter.error.sourceLength", String.valueOf(TextLimit.SOURCE.max()));
        }
        text = text == null || text.isEmpty() ? text : TextLimit.SOURCE.optional(text);
        ParameterValue dated;
        try {
            dated = new ParameterValue(parameter, validFrom, value, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("parameter.error.invalid", e.getMessage());
        }
        boolean taken = !em.createQuery("select c.id from ParameterChange c where c.parameter = :p and c.validFrom = :d",
                Long.class).setParameter("p", parameter).setParameter("d", validFrom).getResultList().isEmpty();
        if (taken) {
            throw new InvalidInputException("parameter.error.taken", DoctrineFormats.date(validFrom));
        }
        Caller caller = Caller.of(context);
        ParameterChange change = new ParameterChange(dated, caller.username(), Instant.now());
        em.persist(change);
        em.flush();
        audit.record(caller, "PARAMETER_CHANGED", "ParameterChange", change.getId(),
                DoctrineMessages.french().label(parameter) + " : " + dated.formatted() + " à partir du "
                        + DoctrineFormats.date(validFrom), text);
        changed.fire(new DoctrineParameters.ParameterChanged(change.getId()));
        return change.getId();
    }

    private static String key(ParameterValue v) {
        return v.parameter() + "@" + v.validFrom();
    }
}

package fr.ctgportal.ejb.doctrine;

import fr.ctgportal.ejb.usecase.UseCase;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.doctrine.DoctrineMessages;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.doctrine.ParameterChange;
import fr.ctgportal.model.doctrine.ParameterTimeline;
import fr.ctgportal.model.doctrine.ParameterValue;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.math.BigDecimal;
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
public class DoctrineParameterService extends UseCase {

    @Inject
    private ParameterChanges changes;

    @Inject
    private PortalDoctrine doctrine;

    @Inject
    private Event<PortalDoctrine.Changed> changed;

    /** @return every dated value, by parameter then date, with who recorded the changes */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public List<ParameterRow> list() {
        LocalDate today = LocalDate.now(clock);
        Map<String, ParameterChange> recorded = changes.inOrder().stream()
                .collect(Collectors.toMap(c -> key(c.toValue()), c -> c));
        DoctrineMessages labels = DoctrineMessages.french();
        ParameterTimeline timeline = doctrine.parameters();
        return timeline.all().stream()
                .sorted(Comparator.comparing(ParameterValue::parameter).thenComparing(ParameterValue::validFrom))
                .map(v -> {
                    Stamp change = recorded.containsKey(key(v)) ? recorded.get(key(v)).getRecorded() : null;
                    boolean inForce = timeline.valueAt(v.parameter(), today)
                            .map(current -> current.validFrom().equals(v.validFrom())).orElse(false);
                    return new ParameterRow(v.parameter().name(), labels.label(v.parameter()), v.formatted(),
                            v.validFrom(), v.source(), change == null ? null : change.by(),
                            change == null ? null : change.at(), inForce, v.validFrom().isAfter(today));
                }).toList();
    }

    /**
     * Records a new value of a parameter from a future day; every node applies it from its next read
     * of the doctrine.
     *
     * @param source where the value comes from, at most {@link TextLimit#SOURCE} characters
     * @return the id of the recorded change
     * @throws InvalidInputException for a day not in the future, a source too long, a value the
     *         parameter cannot take, or a day that already has a recorded value
     */
    @RolesAllowed(CAF_MANAGER)
    public long record(DoctrineParameter parameter, LocalDate validFrom, BigDecimal value, String source) {
        LocalDate today = LocalDate.now(clock);
        if (validFrom == null || !validFrom.isAfter(today)) {
            throw new InvalidInputException("parameter.error.future", DoctrineFormats.date(today.plusDays(1)));
        }
        String text = source == null ? null : source.strip();
        if (text != null && text.length() > TextLimit.SOURCE.max()) {
            throw new InvalidInputException("parameter.error.sourceLength", String.valueOf(TextLimit.SOURCE.max()));
        }
        text = text == null || text.isEmpty() ? text : TextLimit.SOURCE.optional(text);
        ParameterValue dated;
        try {
            dated = new ParameterValue(parameter, validFrom, value, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("parameter.error.invalid", e.getMessage());
        }
        if (changes.taken(parameter, validFrom)) {
            throw new InvalidInputException("parameter.error.taken", DoctrineFormats.date(validFrom));
        }
        Caller caller = caller();
        ParameterChange change = new ParameterChange(dated, Stamp.of(caller.username(), clock.instant()));
        changes.add(change);
        audit.record(caller, AuditAction.PARAMETER_CHANGED, change, Texts.text("audit.parameterChanged",
                DoctrineMessages.french().label(parameter), dated.formatted(), DoctrineFormats.date(validFrom)), text);
        changed.fire(new PortalDoctrine.Changed(change.getId()));
        return change.getId();
    }

    private static String key(ParameterValue v) {
        return v.parameter() + "@" + v.validFrom();
    }
}

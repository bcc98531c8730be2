package fr.ctgportal.ejb.doctrine;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;

import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.FundingDecision;
import fr.ctgportal.model.doctrine.InvalidSituationException;
import fr.ctgportal.model.doctrine.PostSituation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;

/**
 * "What would the Caf fund?": the doctrine applied to a post described by hand, for the authorities
 * (before a recruitment or a new weighing) and the Caf. Reads and stores nothing: no tenant data.
 */
@Stateless
@Interceptors(DomainRules.class)
public class FundingSimulator {

    @Inject
    private PortalDoctrine doctrine;

    @Inject
    private Clock clock;

    /**
     * @param situation the post as typed in the simulator
     * @param phase     the compliance phase to apply
     * @return the doctrine's decision for today, in French
     * @throws SituationRefusedException if the doctrine refuses an input (names the field)
     */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER})
    public FundingDecision simulate(PostSituation situation, CompliancePhase phase) {
        try {
            return doctrine.evaluate(situation, phase, LocalDate.now(clock));
        } catch (InvalidSituationException e) {
            throw new SituationRefusedException(e.field(), e.getMessage());
        }
    }
}

package fr.ctgportal.ejb.account;

import fr.ctgportal.ejb.usecase.UseCase;
import static fr.ctgportal.ejb.security.Roles.ADMIN;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;

import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.authority.AuthorityMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The signed-in user's account: authority membership taken from the identity provider, and profile. */
@Stateless
@Interceptors(DomainRules.class)
public class AccountService extends UseCase {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    private Memberships memberships;

    @Inject
    private Instance<OpenIdContext> openIdContext;

    /**
     * Records the authorities named by the caller's verified OpenID Connect token ({@code authority}
     * claim, SIRENs) as the caller's only memberships. It reads the token itself: nothing a caller
     * passes can widen its scope. Without an OpenID Connect sign-in, nothing changes. Unknown SIRENs
     * are ignored.
     */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER})
    public void recordSignIn() {
        Caller caller = caller();
        Optional<Set<String>> claim = authorityClaim();
        if (claim.isEmpty()) {
            return;
        }
        Set<String> sirens = claim.get();
        List<Authority> authorities = memberships.authoritiesWithSirens(sirens);
        Set<String> before = new TreeSet<>(memberships.sirensOf(caller.username()));
        Set<String> after = new TreeSet<>(authorities.stream().map(Authority::getSiren).toList());
        if (before.equals(after)) {
            return;
        }
        memberships.replace(caller.username(), authorities, clock.instant());
        // The trail names no single record: the login's memberships were replaced as a whole.
        audit.recordOnKind(caller, AuditAction.AUTHORITY_MEMBERSHIP_SYNCED, AuthorityMember.class,
                Texts.text("audit.membershipSynced", before.toString(), after.toString()),
                Texts.text("audit.membershipReason"));
    }

    /**
     * The SIRENs of the verified token's {@code authority} claim; empty when the caller did not sign
     * in through OpenID Connect (nothing to record). A token whose claim cannot be read gives no
     * authority at all: membership fails closed.
     */
    private Optional<Set<String>> authorityClaim() {
        if (openIdContext.isUnsatisfied()) {
            return Optional.empty();
        }
        OpenIdContext oidc;
        try {
            oidc = openIdContext.get();
            if (oidc.getIdentityToken() == null) {
                return Optional.empty();
            }
        } catch (RuntimeException notSignedInThroughOpenIdConnect) {
            return Optional.empty();
        }
        try {
            return Optional.of(Set.copyOf(oidc.getIdentityToken().getJwtClaims().getArrayStringClaim("authority")));
        } catch (RuntimeException unreadableClaim) {
            LOG.log(Level.WARNING, "authority claim unreadable: no authority recorded", unreadableClaim);
            return Optional.of(Set.of());
        }
    }

    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN})
    public CallerProfile currentProfile() {
        Caller caller = caller();
        return new CallerProfile(caller.username(), caller.roles(), memberships.authorityNamesOf(caller.username()),
                memberships.portfolioNamesOf(caller.username()));
    }
}

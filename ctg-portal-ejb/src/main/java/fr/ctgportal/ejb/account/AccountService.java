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
import fr.ctgportal.model.account.PortalUser;
import fr.ctgportal.ejb.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.Arrays;
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
    private People people;

    @Inject
    private Instance<OpenIdContext> openIdContext;

    /**
     * Records who signed in: the person's name, e-mail and identifier from the verified OpenID Connect
     * token ({@code sub}, {@code given_name}, {@code family_name}, {@code email}) and their portal role, so
     * that letters and e-mails name people, not logins ({@link People}); a person is their {@code sub}: when
     * the identity provider renamed their login, their records follow the new login first
     * ({@link People#followRename}, audited); and, for authority users, the
     * authorities named by the token's {@code authority} claim (SIRENs) as the caller's only memberships.
     * It reads the token itself: nothing a caller passes can widen its scope. Without an OpenID Connect
     * sign-in, only the login and role are recorded and memberships do not change. Unknown SIRENs are
     * ignored.
     */
    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN})
    public void recordSignIn() {
        Caller caller = caller();
        Optional<JwtClaims> claims = tokenClaims();
        PortalUser.Identity identity = identity(caller, claims);
        people.followRename(identity.subject(), caller.username())
                .ifPresent(previous -> audit.recordOnKind(caller, AuditAction.ACCOUNT_RENAMED, PortalUser.class,
                        Texts.text("audit.accountRenamed", previous, caller.username()),
                        Texts.text("audit.membershipReason")));
        people.recordSignIn(caller.username(), identity, clock.instant());
        if (caller.has(AUTHORITY_HR) || caller.has(COOPERATION_OFFICER)) {
            claims.ifPresent(c -> recordMemberships(caller, authorityClaim(c)));
        }
    }

    private void recordMemberships(Caller caller, Set<String> sirens) {
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

    /** The person as the token names them; the role is the caller's first portal role in {@link Roles#ALL} order. */
    private static PortalUser.Identity identity(Caller caller, Optional<JwtClaims> claims) {
        String role = Arrays.stream(Roles.ALL).filter(caller::has).findFirst().orElse(null);
        return claims.map(c -> new PortalUser.Identity(c.getSubject().orElse(null), claim(c, "given_name"),
                claim(c, "family_name"), claim(c, "email"), role))
                .orElseGet(() -> new PortalUser.Identity(null, null, null, null, role));
    }

    private static String claim(JwtClaims claims, String name) {
        return claims.getStringClaim(name).orElse(null);
    }

    /** The verified identity token's claims; empty when the caller did not sign in through OpenID Connect. */
    private Optional<JwtClaims> tokenClaims() {
        if (openIdContext.isUnsatisfied()) {
            return Optional.empty();
        }
        try {
            OpenIdContext oidc = openIdContext.get();
            return oidc.getIdentityToken() == null
                    ? Optional.empty()
                    : Optional.of(oidc.getIdentityToken().getJwtClaims());
        } catch (RuntimeException notSignedInThroughOpenIdConnect) {
            return Optional.empty();
        }
    }

    /**
     * The SIRENs of the token's {@code authority} claim. A claim that cannot be read gives no authority
     * at all: membership fails closed.
     */
    private static Set<String> authorityClaim(JwtClaims claims) {
        try {
            return Set.copyOf(claims.getArrayStringClaim("authority"));
        } catch (RuntimeException unreadableClaim) {
            LOG.log(Level.WARNING, "authority claim unreadable: no authority recorded", unreadableClaim);
            return Set.of();
        }
    }

    @RolesAllowed({AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN})
    public CallerProfile currentProfile() {
        Caller caller = caller();
        return new CallerProfile(caller.username(), people.nameOf(caller.username()), caller.roles(),
                memberships.authorityNamesOf(caller.username()),
                memberships.portfolioNamesOf(caller.username()));
    }
}

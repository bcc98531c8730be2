package fr.ctgportal.ejb.account;

import static fr.ctgportal.ejb.security.Roles.ADMIN;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.authority.AuthorityMember;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The signed-in user's account: authority membership taken from the identity provider, and profile. */
@Stateless
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

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
        Caller caller = Caller.of(context);
        Optional<Set<String>> claim = authorityClaim();
        if (claim.isEmpty()) {
            return;
        }
        Set<String> sirens = claim.get();
        List<Authority> authorities = sirens.isEmpty() ? List.of()
                : em.createQuery("select a from Authority a where a.siren in :s", Authority.class)
                        .setParameter("s", sirens).getResultList();
        Set<String> before = new TreeSet<>(em.createQuery(
                        "select m.authority.siren from AuthorityMember m where m.username = :u", String.class)
                .setParameter("u", caller.username()).getResultList());
        Set<String> after = new TreeSet<>(authorities.stream().map(Authority::getSiren).toList());
        if (before.equals(after)) {
            return;
        }
        em.createQuery("delete from AuthorityMember m where m.username = :u")
                .setParameter("u", caller.username()).executeUpdate();
        Instant now = Instant.now();
        authorities.forEach(a -> em.persist(new AuthorityMember(caller.username(), a, now)));
        audit.record(caller, "AUTHORITY_MEMBERSHIP_SYNCED", "AuthorityMember", null,
                "avant=" + before + ", après=" + after, "jeton du fournisseur d'identité");
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
        Caller caller = Caller.of(context);
        List<String> authorities = em.createQuery("select m.authority.name from AuthorityMember m "
                        + "where m.username = :u order by m.authority.name", String.class)
                .setParameter("u", caller.username()).getResultList();
        List<String> territories = em.createQuery("select t.name from CafAdvisor a join a.portfolio t "
                        + "where a.username = :u order by t.name", String.class)
                .setParameter("u", caller.username()).getResultList();
        return new CallerProfile(caller.username(), caller.roles(), authorities, territories);
    }
}

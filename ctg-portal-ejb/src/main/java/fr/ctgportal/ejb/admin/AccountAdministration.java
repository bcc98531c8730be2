package fr.ctgportal.ejb.admin;

import static fr.ctgportal.ejb.security.Roles.ADMIN;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;

import fr.ctgportal.ejb.account.KeycloakAccounts.KeycloakUser;
import fr.ctgportal.ejb.account.KeycloakAccounts;
import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Roles;
import fr.ctgportal.ejb.usecase.UseCase;
import fr.ctgportal.model.account.PortalUser;
import fr.ctgportal.model.advisor.CafAdvisor;
import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.authority.Siren;
import fr.ctgportal.model.shared.TextLimit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The accounts of the portal's users, kept in Keycloak (the only place accounts live) through its Admin
 * REST API ({@link KeycloakAccounts}). An administrator lists every account, creates one of any role
 * (with the authority's SIREN for an authority role, the portfolio of a Caf advisor), disables and
 * re-enables it. Delegated administration: an authority's HR lists, invites and disables the cooperation
 * officers of its own authority only, and names another HR of it where the Caf allows it
 * ({@code account.error.hrNotDelegated} otherwise); another authority's account, or a Caf role, is refused ("not found" for an
 * account outside its authority, {@code account.error.roleNotDelegated} for a role). The new user gets
 * Keycloak's e-mail to set their password. Every change is audited (who, when, what, why); Keycloak's
 * errors become French messages.
 */
@Stateless
@Interceptors(DomainRules.class)
public class AccountAdministration extends UseCase {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> AUTHORITY_ROLES = Set.of(AUTHORITY_HR, COOPERATION_OFFICER);

    @Inject
    private KeycloakAccounts keycloak;

    @Inject
    private Authorities authorities;

    @Inject
    private Advisors advisors;

    /** The portfolio service: a new advisor's territories are assigned as the reference data page does. */
    @EJB
    private ReferenceDataService portfolios;

    /**
     * Reads Keycloak once per portal role (and once for all users, administrator), page by page, never once
     * per user.
     *
     * @return every account (administrator), or the cooperation officers of the caller's authority (HR) and,
     *         where the Caf lets its HR name another HR ({@link #mayNameHr}), its HRs; by name
     * @throws InvalidInputException {@code account.error.unavailable} when Keycloak cannot be reached
     */
    @RolesAllowed({ADMIN, AUTHORITY_HR})
    public List<Account> listAccounts() {
        Caller caller = caller();
        List<Authority> all = authorities.all();
        Map<String, String> names = all.stream()
                .collect(Collectors.toMap(Authority::getSiren, Authority::getName, (a, b) -> a));
        Stream<Account> accounts;
        if (caller.has(ADMIN)) {
            Map<String, String> roleOf = new HashMap<>();
            for (String role : Roles.ALL) { // in order of power: a user with several roles shows the most powerful
                keycloak.usersWithRole(role).forEach(u -> roleOf.put(u.id(), role));
            }
            accounts = keycloak.users().stream().filter(u -> !u.username().startsWith("service-account-"))
                    .map(u -> account(u, roleOf.get(u.id()), names));
        } else {
            Set<String> own = ownSirens();
            Set<String> naming = all.stream().filter(a -> own.contains(a.getSiren()) && a.hrMayNameHr())
                    .map(Authority::getSiren).collect(Collectors.toSet());
            Stream<Account> officers = keycloak.usersWithRole(COOPERATION_OFFICER).stream()
                    .filter(u -> own.contains(u.authority())).map(u -> account(u, COOPERATION_OFFICER, names));
            Stream<Account> hrs = naming.isEmpty()
                    ? Stream.empty()
                    : keycloak.usersWithRole(AUTHORITY_HR).stream().filter(u -> naming.contains(u.authority()))
                            .map(u -> account(u, AUTHORITY_HR, names));
            accounts = Stream.concat(officers, hrs);
        }
        return accounts
                .sorted(Comparator.comparing(Account::lastName, Comparator.nullsLast(String::compareToIgnoreCase))
                        .thenComparing(Account::username))
                .toList();
    }

    private static Account account(KeycloakUser u, String role, Map<String, String> authorityNames) {
        return new Account(u.username(), u.firstName(), u.lastName(), u.email(), role, u.authority(),
                u.authority() == null ? null : authorityNames.get(u.authority()), !Boolean.FALSE.equals(u.enabled()));
    }

    /**
     * @return whether the Caf lets the calling HR name another HR of its authority (set by the Caf per
     *         authority, {@link ReferenceDataService#letHrNameHr})
     */
    @RolesAllowed(AUTHORITY_HR)
    public boolean mayNameHr() {
        return scope().authorityIds().stream().anyMatch(id -> records.find(Authority.class, id).hrMayNameHr());
    }

    /**
     * Creates an enabled account in Keycloak, which e-mails the user the link to set a password. An HR may
     * only invite a cooperation officer of its own authority (without a SIREN: the one it works for), and
     * another HR of it where the Caf allows it ({@link #mayNameHr}). A Caf advisor is created with their
     * portfolio: the territories chosen, from the date given ({@link ReferenceDataService#assignTerritory},
     * audited each).
     *
     * @throws InvalidInputException {@code account.error.usernameInvalid}, {@code account.error.nameMissing},
     *         {@code account.error.emailInvalid}, {@code account.error.roleInvalid},
     *         {@code account.error.authorityMissing}, {@code admin.error.sirenInvalid},
     *         {@code account.error.unknownAuthority}, {@code account.error.roleNotDelegated},
     *         {@code account.error.hrNotDelegated}, {@code account.error.portfolioOnlyForAdvisors},
     *         {@code admin.error.fromMissing}, {@code admin.error.assignmentInFuture},
     *         {@code account.error.taken}, {@code account.error.mailFailed}, {@code account.error.unavailable},
     *         {@code admin.error.reasonMissing}
     * @throws NotFoundException an HR inviting for another authority; a territory of the portfolio unknown
     */
    @RolesAllowed({ADMIN, AUTHORITY_HR})
    public void createAccount(AccountInput input, String reason) {
        String why = reason(reason);
        Caller caller = caller();
        String role = input.role();
        if (role == null || !List.of(Roles.ALL).contains(role)) {
            throw new InvalidInputException("account.error.roleInvalid");
        }
        if (!caller.has(ADMIN) && !AUTHORITY_ROLES.contains(role)) {
            throw new InvalidInputException("account.error.roleNotDelegated", Texts.text("role." + role));
        }
        String username = input.username() == null ? "" : input.username().strip().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("account.error.usernameInvalid");
        }
        String first = TextLimit.NAME.required(input.firstName(), "account.error.nameMissing");
        String last = TextLimit.NAME.required(input.lastName(), "account.error.nameMissing");
        String email = input.email() == null ? "" : input.email().strip();
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("account.error.emailInvalid");
        }
        if (!input.portfolio().isEmpty() && !CAF_ADVISOR.equals(role)) {
            throw new InvalidInputException("account.error.portfolioOnlyForAdvisors");
        }
        Authority authority = null;
        if (AUTHORITY_ROLES.contains(role)) {
            String typed = input.authoritySiren();
            if ((typed == null || typed.isBlank()) && !caller.has(ADMIN) && ownSirens().size() == 1) {
                typed = ownSirens().iterator().next(); // an HR invites for its authority without naming it
            }
            if (typed == null || typed.isBlank()) {
                throw new InvalidInputException("account.error.authorityMissing");
            }
            String siren = Siren.checked(typed);
            if (!caller.has(ADMIN) && !ownSirens().contains(siren)) {
                throw new NotFoundException();
            }
            authority = Optional.ofNullable(authorities.withSiren(siren))
                    .orElseThrow(() -> new InvalidInputException("account.error.unknownAuthority", siren));
            if (!caller.has(ADMIN) && AUTHORITY_HR.equals(role) && !authority.hrMayNameHr()) {
                throw new InvalidInputException("account.error.hrNotDelegated", authority.getName());
            }
        }
        if (CAF_ADVISOR.equals(role)) {
            // the portfolio first, in this transaction: a refused territory or date creates no account
            if (advisors.withUsername(username).isPresent()) {
                throw new InvalidInputException("account.error.taken", username, email);
            }
            CafAdvisor advisor = new CafAdvisor(username, first + " " + last, email);
            advisors.add(advisor);
            for (Long territory : input.portfolio()) {
                portfolios.assignTerritory(advisor.getId(), territory, input.portfolioFrom(), why);
                advisors.flush();
            }
        }
        keycloak.create(new KeycloakUser(null, username, first, last, email, true,
                authority == null ? null : Map.of(KeycloakAccounts.AUTHORITY_ATTRIBUTE, List.of(authority.getSiren()))),
                role);
        audit.recordOnKind(caller, AuditAction.ACCOUNT_CREATED, PortalUser.class,
                Texts.text(authority == null ? "audit.accountCreated" : "audit.accountCreatedForAuthority", username,
                        first + " " + last, email, Texts.text("role." + role),
                        authority == null ? "" : authority.getName()),
                why);
    }

    /**
     * Disables an account: the user can no longer sign in; their records keep their name. An HR may only
     * disable a cooperation officer of its own authority.
     *
     * @throws NotFoundException no such account, or (HR) not an officer of its authority
     * @throws InvalidInputException {@code account.error.disableSelf}, {@code account.error.unavailable},
     *         {@code admin.error.reasonMissing}
     */
    @RolesAllowed({ADMIN, AUTHORITY_HR})
    public void disableAccount(String username, String reason) {
        String why = reason(reason);
        Caller caller = caller();
        if (caller.username().equalsIgnoreCase(username)) {
            throw new InvalidInputException("account.error.disableSelf");
        }
        Set<String> own = caller.has(ADMIN) ? Set.of() : ownSirens();
        KeycloakUser user = keycloak.user(username).orElseThrow(NotFoundException::new);
        if (!caller.has(ADMIN) && (!own.contains(user.authority())
                || !COOPERATION_OFFICER.equals(mainRole(keycloak.realmRoles(user.id()))))) {
            throw new NotFoundException();
        }
        keycloak.setEnabled(user.id(), false);
        audit.recordOnKind(caller, AuditAction.ACCOUNT_DISABLED, PortalUser.class,
                Texts.text("audit.accountDisabled", user.username(), name(user)), why);
    }

    /**
     * Re-enables a disabled account.
     *
     * @throws NotFoundException no such account
     * @throws InvalidInputException {@code account.error.unavailable}, {@code admin.error.reasonMissing}
     */
    @RolesAllowed(ADMIN)
    public void enableAccount(String username, String reason) {
        String why = reason(reason);
        KeycloakUser user = keycloak.user(username).orElseThrow(NotFoundException::new);
        keycloak.setEnabled(user.id(), true);
        audit.recordOnKind(caller(), AuditAction.ACCOUNT_ENABLED, PortalUser.class,
                Texts.text("audit.accountEnabled", user.username(), name(user)), why);
    }

    /** The SIRENs of the authorities the caller works for (recorded at sign-in). */
    private Set<String> ownSirens() {
        return scope().authorityIds().stream().map(id -> records.find(Authority.class, id).getSiren())
                .collect(Collectors.toSet());
    }

    /** The portal role among the user's realm roles (the most powerful, should there be several). */
    private static String mainRole(List<String> realmRoles) {
        for (int i = Roles.ALL.length - 1; i >= 0; i--) {
            if (realmRoles.contains(Roles.ALL[i])) {
                return Roles.ALL[i];
            }
        }
        return null;
    }

    private static String name(KeycloakUser user) {
        return new Account(user.username(), user.firstName(), user.lastName(), null, null, null, null, true)
                .fullName();
    }

    private static String reason(String reason) {
        return TextLimit.SHORT_REASON.required(reason, "admin.error.reasonMissing");
    }
}

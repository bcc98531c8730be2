package fr.ctgportal.ejb.account;

import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.security.Roles;
import fr.ctgportal.model.account.PortalUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people the portal knows, by login (repository of {@link PortalUser}): how letters, e-mails and
 * lists name a person, and where to write to them. Names come from the identity provider's token, copied
 * at each sign-in; a person never seen is named by the advisor record (Caf advisors) or, lacking that, by
 * the login itself, so that a name is never blank.
 */
@ApplicationScoped
public class People {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    /** @return the person with this login, if they ever signed in (or were loaded as demo data) */
    public Optional<PortalUser> withUsername(String username) {
        return Optional.ofNullable(em.find(PortalUser.class, username));
    }

    /**
     * Records a sign-in: creates the person at their first one, updates the copied claims otherwise (absent
     * claims keep what was known). One atomic statement on the login's key: the first requests of a person
     * (pages and resources, two tabs) arrive together, and neither may fail.
     */
    public void recordSignIn(String username, PortalUser.Identity identity, Instant at) {
        em.createNativeQuery("INSERT INTO portal_user (username, subject, given_name, family_name, email, main_role, "
                + "last_sign_in) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                + "subject = COALESCE(VALUES(subject), subject), given_name = COALESCE(VALUES(given_name), given_name), "
                + "family_name = COALESCE(VALUES(family_name), family_name), email = COALESCE(VALUES(email), email), "
                + "main_role = COALESCE(VALUES(main_role), main_role), last_sign_in = VALUES(last_sign_in)")
                .setParameter(1, username).setParameter(2, identity.subject()).setParameter(3, identity.givenName())
                .setParameter(4, identity.familyName()).setParameter(5, identity.email())
                .setParameter(6, identity.mainRole()).setParameter(7, Timestamp.from(at)).executeUpdate();
    }

    /** @return "Prénom Nom" of the login; the Caf advisor's recorded name, or the login when no name is known */
    public String nameOf(String username) {
        if (username == null) {
            return null;
        }
        return withUsername(username).map(PortalUser::fullName).orElseGet(() -> fallbackName(username));
    }

    /**
     * @return "Prénom Nom, rôle" for signatures (the role in words, from the bundle key
     *         {@code role.<realm role>}); the name alone when the role is unknown
     */
    public String nameAndRoleOf(String username) {
        if (username == null) {
            return null;
        }
        Optional<PortalUser> person = withUsername(username);
        String name = person.map(PortalUser::fullName).orElseGet(() -> fallbackName(username));
        return person.map(PortalUser::getMainRole).filter(role -> List.of(Roles.ALL).contains(role))
                .map(role -> Texts.text("person.nameAndRole", name, Texts.text("role." + role))).orElse(name);
    }

    /** @return the person's e-mail address from their identity, if known */
    public Optional<String> emailOf(String username) {
        return username == null ? Optional.empty() : withUsername(username).map(PortalUser::getEmail);
    }

    /** @return the names of these logins ({@link #nameOf}), in at most two queries; every login given is a key */
    public Map<String, String> namesOf(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        List<String> logins = usernames.stream().filter(u -> u != null).distinct().toList();
        if (!logins.isEmpty()) {
            List<PortalUser> known = em.createNamedQuery("PortalUser.withUsernames", PortalUser.class)
                    .setParameter("usernames", logins).getResultList();
            known.stream().filter(p -> p.fullName() != null).forEach(p -> names.put(p.getUsername(), p.fullName()));
        }
        List<String> unnamed = logins.stream().filter(u -> !names.containsKey(u)).toList();
        if (!unnamed.isEmpty()) {
            em.createNamedQuery("CafAdvisor.displayNamesOf", Object[].class).setParameter("usernames", unnamed)
                    .getResultList().forEach(row -> names.put((String) row[0], (String) row[1]));
            unnamed.forEach(u -> names.putIfAbsent(u, u));
        }
        return names;
    }

    private String fallbackName(String username) {
        return em.createNamedQuery("CafAdvisor.displayNameOf", String.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(username);
    }
}

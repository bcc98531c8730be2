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
     * Every column of the schema that holds a login ({@code table.column}), as {@code portal_user.username}
     * does: by convention a login column is {@code VARCHAR(100)} (a test compares this list with the
     * schema). A new login column must be added here, or the records of a renamed person stop following them.
     */
    public static final List<String> LOGIN_COLUMNS = List.of("audit_event.actor", "caf_advisor.username",
            "authority_member.username", "stored_document.uploaded_by", "recruitment_file.opened_by",
            "recruitment_file.opinion_by", "recruitment_file.countersigned_by", "job_description.saved_by",
            "job_description.submitted_by", "job_description.reviewed_by", "candidate.added_by",
            "candidate.opinion_by", "candidate.countersigned_by", "file_message.author",
            "weighing.authority_signed_by", "weighing.caf_signed_by", "weighing_proposal.proposed_by",
            "funding_decision.prepared_by", "funding_decision.decided_by", "doctrine_parameter_change.recorded_by",
            "network_meeting.recorded_by", "compliance_procedure.opened_by", "compliance_procedure.answered_by",
            "compliance_procedure.closed_by", "cooperation_post.officer_username",
            "cooperation_post.officer_before_vacancy", "annual_report.officer_username", "annual_report.employer_by",
            "annual_report.caf_by", "annual_report.accepted_by", "annual_report.submitted_by",
            "post_evaluation.written_by", "department_population.recorded_by", "territory_reference.recorded_by",
            "report_additions_request.asked_by", "authority.closed_by", "notification.recipient");

    /** The login under which the records of a person whose login was taken by someone else wait for them. */
    private static final String WAITING = "sub:";

    /**
     * Makes the records of a person follow their login when it was renamed at the identity provider. A person
     * is their token's {@code sub}; the records name their login. When the subject is known under another
     * login, every login column ({@link #LOGIN_COLUMNS}) and the person's row move to the new login. When the
     * new login was someone else's (a login freed by a rename, then given to another person), that person's
     * records first move aside to {@code sub:<their subject>}, where they wait for that person's next
     * sign-in. Idempotent: two first requests of a renamed person may both run it.
     *
     * @param subject the token's {@code sub}; nothing is done without one (no OpenID Connect sign-in)
     * @param username the login the token names now
     * @return the person's previous login, if their records moved
     */
    public Optional<String> followRename(String subject, String username) {
        if (subject == null) {
            return Optional.empty();
        }
        em.createNativeQuery("SELECT subject FROM portal_user WHERE username = ? AND subject IS NOT NULL "
                + "AND subject <> ?").setParameter(1, username).setParameter(2, subject).getResultStream()
                .findFirst().ifPresent(other -> moveLogin(username, waitingLogin((String) other)));
        @SuppressWarnings("unchecked")
        List<String> previous = em.createNativeQuery("SELECT username FROM portal_user WHERE subject = ? "
                + "AND username <> ?").setParameter(1, subject).setParameter(2, username).getResultList();
        previous.forEach(old -> moveLogin(old, username));
        return previous.stream().filter(old -> !old.startsWith(WAITING)).findFirst();
    }

    private static String waitingLogin(String subject) {
        String login = WAITING + subject;
        return login.length() > 100 ? login.substring(0, 100) : login;
    }

    /**
     * Renames a login in every record. {@code UPDATE IGNORE}: a row that would duplicate one already under
     * the new login (a membership recorded twice) stays under the old login and is removed with it.
     */
    private void moveLogin(String from, String to) {
        for (String column : LOGIN_COLUMNS) {
            String[] tableColumn = column.split("\\.");
            em.createNativeQuery("UPDATE IGNORE " + tableColumn[0] + " SET " + tableColumn[1] + " = ? WHERE "
                    + tableColumn[1] + " = ?").setParameter(1, to).setParameter(2, from).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM authority_member WHERE username = ?").setParameter(1, from).executeUpdate();
        em.createNativeQuery("UPDATE IGNORE portal_user SET username = ? WHERE username = ?").setParameter(1, to)
                .setParameter(2, from).executeUpdate();
        em.createNativeQuery("DELETE FROM portal_user WHERE username = ?").setParameter(1, from).executeUpdate();
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

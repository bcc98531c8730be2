package fr.ctgportal.model.account;

import fr.ctgportal.model.notification.MailChoice;
import fr.ctgportal.model.shared.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person with an account at the identity provider, as last seen at sign-in: the portal's copy of
 * the token's {@code sub}, {@code given_name}, {@code family_name} and {@code email} claims and of the
 * person's portal role. The identity provider stays the only place where accounts live; this copy lets
 * letters, e-mails and lists name people ("Isabelle Perrin") instead of logins ("direction.caf"), and
 * lets the portal write to a person who is not signed in.
 *
 * <p>Lifecycle: written at each sign-in from an {@link Identity} (absent claims keep what was known), by
 * one atomic statement of the repository, because the first requests of a person arrive together; never
 * deleted, so that the records of a person whose account was disabled keep their name. The person is the
 * subject: when the identity provider renames their login, the row and the records move to the new login
 * at their next sign-in ({@code People.followRename}).
 */
@Entity
@Table(name = "portal_user")
@NamedQuery(name = "PortalUser.withUsernames", query = "select u from PortalUser u where u.username in :usernames")
@NamedQuery(name = "PortalUser.withRole", query = "select u.username from PortalUser u where u.mainRole = :role "
        + "order by u.username")
public class PortalUser {

    /** Login name at the identity provider ({@code preferred_username}), as stored in the records. */
    @Id
    @Column(length = 100)
    private String username;

    /**
     * The identity provider's stable identifier ({@code sub}), unique: the person, whose login may be renamed
     * (see {@code People.followRename}); null until the first OpenID Connect sign-in.
     */
    @Column(length = 255)
    private String subject;

    @Column(name = "given_name", length = 150)
    private String givenName;

    @Column(name = "family_name", length = 150)
    private String familyName;

    @Column(length = 200)
    private String email;

    /** The portal role the person acts in (one of the realm roles), for "name, role" signatures. */
    @Column(name = "main_role", length = 40)
    private String mainRole;

    @Column(name = "last_sign_in", nullable = false)
    private Instant lastSignIn;

    /** How the person wants their e-mails; null: the default of their side ({@link #mailChoice()}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "mail_choice", length = 20)
    private MailChoice mailChoice;

    protected PortalUser() {
        // for JPA
    }

    /** @return "Prénom Nom" as the identity gives it, or null when no name is known */
    public String fullName() {
        String name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
        return name.isEmpty() ? null : name;
    }

    /** @return whether the person acts for the Caf (advisor or manager), from their portal role */
    public boolean worksForCaf() {
        return mainRole != null && mainRole.startsWith("caf-");
    }

    /** @return the person's choice, or the default of their side ({@link MailChoice#defaultFor(boolean)}) */
    public MailChoice mailChoice() {
        return mailChoice != null ? mailChoice : MailChoice.defaultFor(worksForCaf());
    }

    /** The person chooses how to receive their e-mails. */
    public void chooseMail(MailChoice choice) {
        this.mailChoice = java.util.Objects.requireNonNull(choice);
    }

    public String getUsername() { return username; }
    public String getSubject() { return subject; }
    public String getGivenName() { return givenName; }
    public String getFamilyName() { return familyName; }
    public String getEmail() { return email; }
    public String getMainRole() { return mainRole; }
    public Instant getLastSignIn() { return lastSignIn; }

    /**
     * What a verified token says of a person, cleaned for printing: blank claims become null (absent:
     * what was known is kept), control and bidirectional characters are removed (they would break or
     * reorder a letter's line), and values longer than their column are cut at a character boundary
     * rather than refusing a sign-in (the identity provider is the source).
     */
    public record Identity(String subject, String givenName, String familyName, String email, String mainRole) {

        public Identity {
            subject = clean(subject, 255);
            givenName = clean(givenName, TextLimit.NAME.max());
            familyName = clean(familyName, TextLimit.NAME.max());
            email = clean(email, 200);
            mainRole = clean(mainRole, 40);
        }

        private static String clean(String claimed, int max) {
            if (claimed == null) {
                return null;
            }
            String clean = claimed.replaceAll("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]", "").strip();
            if (clean.isEmpty()) {
                return null;
            }
            return clean.codePointCount(0, clean.length()) > max
                    ? clean.substring(0, clean.offsetByCodePoints(0, max))
                    : clean;
        }
    }
}

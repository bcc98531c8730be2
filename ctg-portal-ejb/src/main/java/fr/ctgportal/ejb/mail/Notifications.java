package fr.ctgportal.ejb.mail;

import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.ejb.security.Roles;
import fr.ctgportal.model.account.PortalUser;
import fr.ctgportal.model.mail.OutgoingMail;
import fr.ctgportal.model.notification.MailChoice;
import fr.ctgportal.model.notification.Notification;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.territory.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells people what happened on the files they follow: the one way the portal notifies. For each
 * person told it records an in-app {@link Notification} and, by their {@link MailChoice}, queues an
 * e-mail now or leaves the notification for the daily digest ({@link NotificationDigest}); a mailbox
 * that is no person's (an authority's HR address) gets its e-mail now. All in the caller's
 * transaction, with the event: a refused or rolled-back event tells nobody; e-mails leave after the
 * commit ({@link MailOutbox}). Texts are in the bundle {@code fr.ctgportal.ejb.mail.mails}, in French:
 * {@code mail.<event>.subject} and {@code mail.<event>.body}, formatted with the given arguments.
 *
 * <p>What users typed never passes for the portal's own words: every argument is put on one line
 * (a title or a name cannot start a line, nor add a header to the subject), and a multi-line text
 * given as {@link #quoted(String)} is written on its own lines, each starting with {@code "> "}, as a
 * mail client quotes: a reason cannot forge a header, a link or the footer. Bidirectional controls
 * are dropped everywhere, so that a text reads as it is.
 */
@ApplicationScoped
public class Notifications {

    private static final String BUNDLE = "fr.ctgportal.ejb.mail.mails";
    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());
    /** The events of files that have a message thread (recruitment files, compliance procedures). */
    private static final List<String> WITH_THREAD = List.of("description.", "candidate.", "opinion.given",
            "recruitment.", "file.", "message.", "reminder.", "procedure.");

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Event<MailQueued> queued;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "ctg.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    /**
     * A multi-line text a user typed, for the body of a mail: written as a quoted block. The template
     * puts it on its own line ({@code "Motifs :\n{2}"}); in a subject it is put on one line.
     */
    public static Object quoted(String text) {
        return new Quoted(text == null ? "" : text);
    }

    /** A user's multi-line text in a mail ({@link #quoted(String)}). */
    record Quoted(String text) {
        @Override
        public String toString() {
            return quote(text);
        }
    }

    /**
     * How the mails name a post, so that posts of the same title cannot be confused: its reference,
     * title and holder ("CTG-0042 « Chargé·e de coopération CTG », titulaire : Marie Dupont"; a vacant post:
     * its last holder).
     */
    public static String post(CooperationPost post) {
        ResourceBundle texts = texts();
        String holder = post.getHolderName();
        if (holder != null && !holder.isBlank()) {
            return MessageFormat.format(texts.getString("mail.post"), post.getReference(), post.getTitle(), holder);
        }
        String before = post.getHolderBeforeVacancy();
        return before == null || before.isBlank()
                ? MessageFormat.format(texts.getString("mail.post.vacant"), post.getReference(), post.getTitle())
                : MessageFormat.format(texts.getString("mail.post.vacantOf"), post.getReference(), post.getTitle(),
                        before);
    }

    /** How the mails name a post still to create (a recruitment file for a new post): by its title. */
    public static String newPost(String title) {
        return MessageFormat.format(texts().getString("mail.post.new"), title);
    }

    /** Tells the Caf advisors who follow the territory. */
    public void toCaf(Territory territory, String event, String path, Object... arguments) {
        List<Person> advisors = em.createNamedQuery("CafAdvisor.contactsFollowing", Object[].class)
                .setParameter("territory", territory.getId()).getResultList().stream()
                .map(row -> new Person((String) row[0], (String) row[1], true)).toList();
        tell(advisors, List.of(), event, path, arguments);
    }

    /** Tells the Caf managers (what awaits them: countersignatures, approvals, procedure deadlines). */
    public void toManagers(String event, String path, Object... arguments) {
        List<Person> managers = em.createNamedQuery("PortalUser.withRole", String.class)
                .setParameter("role", Roles.CAF_MANAGER).getResultList().stream()
                .map(username -> new Person(username, null, true)).toList();
        tell(managers, List.of(), event, path, arguments);
    }

    /** Tells the authority: its HR mailbox, and its HR staff known to the portal. */
    public void toAuthority(Authority authority, String event, String path, Object... arguments) {
        toAuthorityAnd(authority, null, event, path, arguments);
    }

    /**
     * Tells the authority ({@link #toAuthority}) and one of its people besides (the officer of a post,
     * about their report), each address once.
     *
     * @param username the login of the person; null: the authority alone
     */
    public void toAuthorityAnd(Authority authority, String username, String event, String path,
            Object... arguments) {
        List<Person> people = new ArrayList<>();
        if (username != null) {
            people.add(new Person(username, null, false));
        }
        em.createNamedQuery("AuthorityMember.hrOf", String.class).setParameter("authority", authority.getId())
                .getResultList().stream().filter(hr -> !hr.equals(username))
                .forEach(hr -> people.add(new Person(hr, null, false)));
        String mailbox = authority.getHrEmail();
        tell(people, mailbox == null ? List.of() : List.of(mailbox), event, path, arguments);
    }

    /**
     * Someone to tell.
     *
     * @param address where to write to them; null: the address of their identity
     * @param caf     on the Caf's side (their default is the daily digest)
     */
    private record Person(String username, String address, boolean caf) {
    }

    /**
     * Records a notification for each person and queues the e-mails due now: the persons' who chose
     * them, and the mailboxes' (unless a person of that address chose the digest).
     */
    private void tell(List<Person> people, Collection<String> mailboxes, String event, String path,
            Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Texts.LOCALE);
        String subject = subject(texts, "mail." + event + ".subject", arguments);
        String body = MessageFormat.format(texts.getString("mail." + event + ".body"), inBody(arguments))
                + "\n\n" + MessageFormat.format(texts.getString("mail.link"), portalUrl + path) + "\n\n"
                + texts.getString(WITH_THREAD.stream().anyMatch(event::startsWith)
                        ? "mail.footer.thread"
                        : "mail.footer");
        Instant now = clock.instant();
        Map<String, PortalUser> known = new HashMap<>();
        List<String> logins = people.stream().map(Person::username).distinct().toList();
        if (!logins.isEmpty()) {
            em.createNamedQuery("PortalUser.withUsernames", PortalUser.class).setParameter("usernames", logins)
                    .getResultList().forEach(u -> known.put(u.getUsername(), u));
        }
        Set<String> immediate = new LinkedHashSet<>();
        Set<String> digested = new HashSet<>();
        Set<String> told = new HashSet<>();
        for (Person person : people) {
            if (!told.add(person.username())) {
                continue;
            }
            PortalUser user = known.get(person.username());
            MailChoice choice = user != null ? user.mailChoice() : MailChoice.defaultFor(person.caf());
            String address = clean(person.address() != null ? person.address() : user == null ? null : user.getEmail());
            em.persist(new Notification(person.username(), event, subject, path, now,
                    choice == MailChoice.DIGEST && address != null));
            if (address != null) {
                (choice == MailChoice.DIGEST ? digested : immediate).add(address);
            }
        }
        mailboxes.stream().map(Notifications::clean).filter(Objects::nonNull).filter(a -> !digested.contains(a))
                .forEach(immediate::add);
        if (told.isEmpty() && immediate.isEmpty()) {
            // Nobody to tell (no advisor follows the territory, no HR mailbox): say so to the operators.
            LOG.warning(() -> "notification '" + event + "' for " + path + " has no recipient");
            return;
        }
        queue(immediate, subject, body);
    }

    /**
     * Queues one e-mail to each address, in the caller's transaction.
     *
     * @param subject one line, cut to what the outbox holds
     */
    public void queue(Collection<String> addresses, String subject, String body) {
        if (addresses.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        addresses.forEach(address -> em.persist(new OutgoingMail(address, subject, body, now)));
        queued.fire(new MailQueued());
    }

    /** The subject of a mail from its bundle key, on one line and cut to what the outbox holds. */
    public static String subject(ResourceBundle texts, String key, Object... arguments) {
        String subject = TextLimit.oneLine(MessageFormat.format(texts.getString(key), inSubject(arguments)));
        if (subject.codePointCount(0, subject.length()) > Notification.MAX_SUBJECT) {
            // A subject shortened is no loss: the mail's body and the portal hold every word.
            subject = subject.substring(0, subject.offsetByCodePoints(0, Notification.MAX_SUBJECT - 1)) + "…";
        }
        return subject;
    }

    /** The mail texts, in French. */
    public static ResourceBundle texts() {
        return ResourceBundle.getBundle(BUNDLE, Texts.LOCALE);
    }

    /** @return the link to that page of the portal, as mails write it */
    public String link(String path) {
        return portalUrl + path;
    }

    private static String clean(String address) {
        return address == null || address.isBlank() ? null : address.strip();
    }

    /** The arguments of a subject: every text on one line. */
    static Object[] inSubject(Object... arguments) {
        Object[] kept = arguments.clone();
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] instanceof Quoted q) {
                kept[i] = TextLimit.oneLine(q.text());
            } else if (kept[i] instanceof String text) {
                kept[i] = TextLimit.oneLine(text);
            }
        }
        return kept;
    }

    /** The arguments of a body: a quoted text as a block, every other text on one line. */
    static Object[] inBody(Object... arguments) {
        Object[] kept = arguments.clone();
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] instanceof String text) {
                kept[i] = TextLimit.oneLine(text);
            }
        }
        return kept;
    }

    /** A multi-line text as a quoted block: each line after {@code "> "}, without controls. */
    static String quote(String text) {
        return TextLimit.lines(text).stream().map(l -> "> " + l).collect(Collectors.joining("\n"));
    }
}

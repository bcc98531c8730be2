package fr.ctgportal.ejb.mail;

import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.mail.OutgoingMail;
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
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues notification e-mails in the caller's transaction; they leave after the commit
 * ({@link MailOutbox}). Texts are in the bundle {@code fr.ctgportal.ejb.mail.mails}, in French:
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
    /** What outgoing_mail.subject holds. */
    private static final int MAX_SUBJECT = 300;

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

    /** Tells the Caf advisors who follow the territory. */
    public void toCaf(Territory territory, String event, String path, Object... arguments) {
        send(em.createNamedQuery("CafAdvisor.emailsFollowing", String.class)
                .setParameter("territory", territory.getId())
                .getResultList(), event, path, arguments);
    }

    /** Tells the authority's HR mailbox. */
    public void toAuthority(Authority authority, String event, String path, Object... arguments) {
        String hr = authority.getHrEmail();
        send(hr == null ? List.of() : List.of(hr), event, path, arguments);
    }

    /**
     * @param recipients addresses; blanks and duplicates are skipped
     * @param event      names the texts in the bundle
     * @param path       the page of the portal the mail points to, from the context root ({@code Links})
     * @param arguments  {0}, {1}, ... of the texts
     */
    public void send(Collection<String> recipients, String event, String path, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Texts.LOCALE);
        String subject = TextLimit
                .oneLine(MessageFormat.format(texts.getString("mail." + event + ".subject"), inSubject(arguments)));
        if (subject.codePointCount(0, subject.length()) > MAX_SUBJECT) {
            // A subject shortened is no loss: the mail's body and the portal hold every word.
            subject = subject.substring(0, subject.offsetByCodePoints(0, MAX_SUBJECT - 1)) + "…";
        }
        String body = MessageFormat.format(texts.getString("mail." + event + ".body"), inBody(arguments))
                + "\n\n" + MessageFormat.format(texts.getString("mail.link"), portalUrl + path)
                + "\n\n" + texts.getString("mail.footer");
        Instant now = clock.instant();
        String finalSubject = subject;
        List<String> to = recipients.stream().filter(Objects::nonNull).map(String::strip).filter(r -> !r.isEmpty())
                .distinct().toList();
        if (to.isEmpty()) {
            // Nobody to tell (no advisor follows the territory, no HR mailbox): say so to the operators.
            LOG.warning(() -> "notification '" + event + "' for " + path + " has no recipient");
            return;
        }
        to.forEach(address -> em.persist(new OutgoingMail(address, finalSubject, body, now)));
        queued.fire(new MailQueued());
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

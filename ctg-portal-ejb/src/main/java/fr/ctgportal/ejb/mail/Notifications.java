package fr.ctgportal.ejb.mail;

import fr.ctgportal.model.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues notification e-mails in the caller's transaction; they leave after the commit
 * ({@link MailOutbox}). Texts are in the bundle {@code fr.ctgportal.ejb.mail.mails}, in French:
 * {@code mail.<event>.subject} and {@code mail.<event>.body}, formatted with the given arguments.
 */
@ApplicationScoped
public class Notifications {

    private static final String BUNDLE = "fr.ctgportal.ejb.mail.mails";

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Event<MailQueued> queued;

    @Inject
    @ConfigProperty(name = "ctg.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    /**
     * @param recipients addresses; blanks and duplicates are skipped
     * @param event      names the texts in the bundle
     * @param path       the page of the portal the mail points to, from the context root
     * @param arguments  {0}, {1}, ... of the texts
     */
    public void send(Collection<String> recipients, String event, String path, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH);
        String subject = MessageFormat.format(texts.getString("mail." + event + ".subject"), arguments);
        String body = MessageFormat.format(texts.getString("mail." + event + ".body"), arguments)
                + "\n\n" + MessageFormat.format(texts.getString("mail.link"), portalUrl + path)
                + "\n\n" + texts.getString("mail.footer");
        Instant now = Instant.now();
        recipients.stream().filter(Objects::nonNull).map(String::strip).filter(r -> !r.isEmpty()).distinct()
                .forEach(to -> em.persist(new OutgoingMail(to, subject, body, now)));
        queued.fire(new MailQueued());
    }
}

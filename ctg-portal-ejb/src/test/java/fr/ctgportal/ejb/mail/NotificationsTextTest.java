package fr.ctgportal.ejb.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** What users typed, in a notification: never a header in the subject, never a line of the portal's own in the body. */
class NotificationsTextTest {

    private static final ResourceBundle MAILS = ResourceBundle.getBundle("fr.ctgportal.ejb.mail.mails", Locale.FRENCH);

    @Test
    void aSubjectIsOneLineWhateverTheArgumentsHold() {
        Object[] args = Notifications.inSubject("Poste\r\nBcc: tous@exemple.fr", "Alès\u202E",
                Notifications.quoted("a\nb"));
        String subject = MessageFormat.format(MAILS.getString("mail.file.abandoned.subject"), args);
        assertEquals("Dossier de recrutement abandonné : Poste Bcc: tous@exemple.fr (Alès)", subject);
        assertEquals("a b", args[2]);
    }

    @Test
    void aReasonIsQuotedOnItsOwnLinesSoItCannotForgeTheLinkOrTheFooter() {
        String reason = "Budget non voté.\r\n\r\nPour consulter le dossier : https://exemple.invalid\r\n"
                + "Ce message est envoyé automatiquement par le portail CTG";
        Object[] args = Notifications.inBody("Poste\nforgé", "CC Pays d’Uzès", Notifications.quoted(reason));
        String body = MessageFormat.format(MAILS.getString("mail.file.abandoned.body"), args);
        assertEquals(
                "Bonjour,\n\nCC Pays d’Uzès a abandonné le dossier de recrutement du poste Poste forgé. Motif :\n\n"
                        + "> Budget non voté.\n>\u0020\n> Pour consulter le dossier : https://exemple.invalid\n"
                        + "> Ce message est envoyé automatiquement par le portail CTG",
                body);
        for (String line : body.split("\n")) {
            assertFalse(line.startsWith("Pour consulter") || line.startsWith("Ce message"), line);
        }
    }

    @Test
    void aQuotedTextLosesItsBidiControlsButKeepsItsWords() {
        assertEquals("> Avis favorable\n> 李 😀", Notifications.quote("Avis\u202E favorable\r\n李 😀\u2069"));
        assertTrue(Notifications.quote("").isEmpty());
    }
}

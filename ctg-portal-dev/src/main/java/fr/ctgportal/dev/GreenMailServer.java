package fr.ctgportal.dev;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.ctgportal.process.Ports;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

/**
 * A real SMTP server that keeps the messages (GreenMail, in this JVM), for the run command: SMTP and
 * IMAP on 127.0.0.1 only, no authentication (any login reads the mailbox of that address, any
 * password). Each message received is also written, once whatever its number of recipients, as an
 * {@code .eml} file into a folder, so that it can be read without a mail client.
 */
public final class GreenMailServer implements AutoCloseable {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path folder;
    private final int smtpPort;
    private final int imapPort;
    /** Messages already written: GreenMail hands the same message once per recipient. */
    private final Set<MovingMessage> written = Collections
            .synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    /** Names and writes the files one at a time (not {@code this}: {@link #stop()} waits for delivering threads). */
    private final Object files = new Object();
    private GreenMail greenMail;

    public GreenMailServer(Path folder, int smtpPort, int imapPort) {
        this.folder = folder.toAbsolutePath();
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    public synchronized void start() {
        Ports.requireFree(smtpPort, "GreenMail, SMTP");
        Ports.requireFree(imapPort, "GreenMail, IMAP");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Dossier des courriels impossible à créer : " + folder + " : " + e.getMessage(), e);
        }
        GreenMail server = new GreenMail(new ServerSetup[]{
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw new IllegalStateException(
                    "GreenMail n'a pas démarré (SMTP " + smtpPort + ", IMAP " + imapPort + ") : "
                            + e.getMessage(),
                    e);
        }
        // Hook into delivery (called for each recipient, before the message is stored): keep a copy.
        UserManager users = server.getUserManager();
        MessageDeliveryHandler store = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, recipient) -> {
            if (written.add(message)) {
                save(message);
            }
            return store.handle(message, recipient);
        });
        greenMail = server;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    public Path folder() {
        return folder;
    }

    public synchronized boolean isRunning() { return greenMail != null && greenMail.isRunning(); }

    private void save(MovingMessage message) {
        String recipients = message.getToAddresses().stream().map(MailAddress::getEmail)
                .collect(Collectors.joining(", "));
        try {
            String subject = message.getMessage().getSubject();
            String first = message.getToAddresses().stream().map(MailAddress::getEmail).findFirst().orElse("personne");
            Path file;
            synchronized (files) {
                file = uniqueFile(
                        LocalDateTime.now().format(FILE_TIME) + "_" + slug(first, 40) + "_" + slug(subject, 60));
                Path partial = file.resolveSibling(file.getFileName() + ".part");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    message.getMessage().writeTo(out);
                }
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            }
            System.out.println("   courriel pour " + recipients + " : « " + subject + " » -> " + file);
        } catch (IOException | MessagingException | RuntimeException e) {
            // never refuse the mail because the copy failed: it is still in the IMAP mailbox
            System.err.println("Copie .eml impossible du courriel pour " + recipients + " : " + e);
        }
    }

    private Path uniqueFile(String base) {
        Path file = folder.resolve(base + ".eml");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(base + "-" + n + ".eml");
        }
        return file;
    }

    /** Letters and digits only (accents dropped), for a file name; keeps {@code @} and dots of addresses. */
    static String slug(String text, int max) {
        if (text == null || text.isBlank()) {
            return "sans-objet";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@.]+", "-").replaceAll("(^[-.]+)|([-.]+$)", "");
        plain = plain.length() > max ? plain.substring(0, max).replaceAll("[-.]+$", "") : plain;
        return plain.isEmpty() ? "sans-objet" : plain;
    }

    public synchronized void stop() {
        if (greenMail != null) {
            try {
                greenMail.stop();
            } catch (RuntimeException e) {
                System.err.println("GreenMail stop: " + e.getMessage());
            }
            greenMail = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}

package fr.ctgportal.it.env;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the portal sent during the test run, read from the GreenMail SMTP server that
 * {@link TestEnvironment} starts (messages accumulate over the whole run; nothing is cleared between
 * tests). To be used from the test JVM: in-container Arquillian code runs in Payara Micro's JVM.
 */
public final class Mailbox {

    /**
     * One received message.
     *
     * @param from     address of the From header, without display name
     * @param to       addresses of the To header, without display names
     * @param subject  decoded subject
     * @param textBody the text/plain body (of a multipart message, its first text/plain part), decoded
     *                 from its transfer encoding and charset, with {@code \n} line ends and none at the
     *                 end (GreenMail drops the last one); {@code ""} if none
     */
    public record ReceivedMail(String from, List<String> to, String subject, String textBody) {
    }

    private final GreenMail greenMail;

    Mailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Mails delivered to that address (To, Cc or Bcc), oldest first; the address is not case-sensitive. */
    public List<ReceivedMail> receivedBy(String address) {
        String wanted = address.trim().toLowerCase(Locale.ROOT);
        return messagesOf(user -> wanted.equals(user.getEmail().toLowerCase(Locale.ROOT)))
                .map(Mailbox::read).toList();
    }

    /**
     * Waits until a mail whose subject contains {@code subjectContains} (null: any subject) has been
     * delivered to {@code address}, and returns it (the latest one if several match).
     *
     * @throws AssertionError after {@code timeout}, listing every mail received so far
     */
    public ReceivedMail awaitMail(String address, String subjectContains, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<ReceivedMail> matching = receivedBy(address).stream()
                    .filter(mail -> subjectContains == null
                            || mail.subject() != null && mail.subject().contains(subjectContains))
                    .toList();
            if (!matching.isEmpty()) {
                return matching.get(matching.size() - 1);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No mail to " + address + " with a subject containing \"" + subjectContains
                        + "\" within " + timeout.toMillis() / 1000.0 + " s. Received (" + count() + "):"
                        + describeAll());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for a mail to " + address, e);
            }
        }
    }

    /** Number of mails delivered, counting one per recipient mailbox. */
    public int count() {
        return greenMail.getReceivedMessages().length;
    }

    private Stream<MimeMessage> messagesOf(java.util.function.Predicate<GreenMailUser> users) {
        return greenMail.findReceivedMessages(users, message -> true);
    }

    private String describeAll() {
        List<String> lines = new ArrayList<>();
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            messagesOf(u -> u == user).map(Mailbox::read).forEach(mail -> lines.add("\n  mailbox " + user.getEmail()
                    + ": from " + mail.from() + " to " + mail.to() + ", subject \"" + mail.subject() + "\""));
        }
        return lines.isEmpty() ? " none" : String.join("", lines);
    }

    static ReceivedMail read(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            return new ReceivedMail(from == null || from.length == 0 ? null : address(from[0]),
                    Stream.of(nonNull(message.getRecipients(Message.RecipientType.TO))).map(Mailbox::address).toList(),
                    message.getSubject(), normalise(textOf(message)));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail: " + e, e);
        }
    }

    private static Address[] nonNull(Address[] addresses) {
        return addresses == null ? new Address[0] : addresses;
    }

    private static String address(Address address) {
        return address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
    }

    /** The text/plain content of a part: itself, or its first text/plain part, recursively; null if none. */
    private static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return decode(part);
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textOf(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The transfer encoding is undone by getInputStream; the charset is the part's own (UTF-8 if it names none). */
    private static String decode(Part part) throws MessagingException, IOException {
        String charset = new ContentType(part.getContentType()).getParameter("charset");
        Charset decoding = charset == null ? StandardCharsets.UTF_8 : Charset.forName(MimeUtility.javaCharset(charset));
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), decoding);
        }
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replaceAll("\n+$", "");
    }

    @Override
    public String toString() {
        return greenMail.getUserManager().listUser().stream().map(GreenMailUser::getEmail)
                .collect(Collectors.joining(", ", "Mailbox[" + count() + " mails to: ", "]"));
    }
}

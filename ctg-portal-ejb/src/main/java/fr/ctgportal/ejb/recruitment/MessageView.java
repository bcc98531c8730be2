package fr.ctgportal.ejb.recruitment;

import java.io.Serializable;
import fr.ctgportal.ejb.document.DocumentRef;
import fr.ctgportal.model.recruitment.FileMessage;
import fr.ctgportal.model.shared.Side;
import java.time.Instant;

/** A message of a thread (a recruitment file's, a compliance procedure's). */
public record MessageView(String author, Side side, Instant sentAt, String body,
        DocumentRef document) implements Serializable {

    public static MessageView of(FileMessage m) {
        return new MessageView(m.getSent().by(), m.getSide(), m.getSent().at(), m.getBody(),
                DocumentRef.of(m.getDocument()));
    }
}

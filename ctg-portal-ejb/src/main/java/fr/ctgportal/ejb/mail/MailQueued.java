package fr.ctgportal.ejb.mail;

/** Fired when notifications were queued; observed once the transaction has committed. */
public record MailQueued() {
}

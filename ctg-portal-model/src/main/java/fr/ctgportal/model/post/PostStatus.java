package fr.ctgportal.model.post;

/** Whether a cooperation post currently has a holder. */
public enum PostStatus {
    FILLED, VACANT
}

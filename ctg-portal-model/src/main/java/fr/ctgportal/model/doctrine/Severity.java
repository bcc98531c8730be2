package fr.ctgportal.model.doctrine;

/** Effect of a {@link Finding}: a BLOCKING finding stops the funding, a WARNING does not. */
public enum Severity {
    BLOCKING, WARNING
}

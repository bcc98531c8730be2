package fr.ctgportal.model.doctrine;

/**
 * Who employs the person. The doctrine of 15/11/2024: the professional depends on an authority
 * signatory of the Ctg or, as an exception and by derogation, on a provider of that authority.
 */
public enum EmployerKind {
    SIGNATORY_AUTHORITY, PROVIDER, OTHER
}

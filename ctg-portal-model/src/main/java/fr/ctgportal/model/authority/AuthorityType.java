package fr.ctgportal.model.authority;

/** Legal kind of a local authority. */
public enum AuthorityType {
    /** Communauté d'agglomération (Nîmes Métropole is legally one). */
    AGGLOMERATION_COMMUNITY,
    /** Communauté de communes. */
    COMMUNES_COMMUNITY,
    /** Commune. */
    COMMUNE,
    /** Another public body (syndicat, CCAS...). */
    OTHER
}

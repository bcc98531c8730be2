package fr.ctgportal.model.recruitment;

/** The activities ("Activités") of the national job reference (table 1 of the Cnaf sheet). */
public enum ReferenceActivity {
    /** Impulser et mettre en œuvre les politiques petite-enfance, enfance-jeunesse, parentalité, logement, accès aux droits. */
    IMPLEMENT_POLICIES,
    /** Mettre en adéquation l'offre d'accueil aux besoins des familles. */
    MATCH_CARE_SUPPLY,
    /** Animer la mise en réseau des acteurs. */
    NETWORK_ACTORS,
    /** Organiser et animer la relation avec la population. */
    POPULATION_RELATIONS
}

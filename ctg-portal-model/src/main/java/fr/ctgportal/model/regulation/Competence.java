package fr.ctgportal.model.regulation;

/**
 * The competences held at the intercommunal level that indicator 5 records (issue 16, after the
 * doctrine's "spécificités territoriales et compétences à l'échelle du territoire intercommunal").
 */
public enum Competence {
    EARLY_CHILDHOOD, CHILDHOOD, YOUTH, SOCIAL_LIFE, PARENTING, ACCESS_TO_RIGHTS
}

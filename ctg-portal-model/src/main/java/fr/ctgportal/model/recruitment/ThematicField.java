package fr.ctgportal.model.recruitment;

/** The thematic fields a cooperation post may cover, after the job reference and the Ctg's fields. */
public enum ThematicField {
    EARLY_CHILDHOOD, CHILDHOOD_YOUTH, EDUCATION, PARENTING, HOUSING, ACCESS_TO_RIGHTS, SOCIAL_LIFE, DISABILITY_INCLUSION
}

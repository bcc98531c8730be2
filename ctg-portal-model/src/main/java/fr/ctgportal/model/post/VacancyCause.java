package fr.ctgportal.model.post;

/** Why a post is vacant. */
public enum VacancyCause {
    DEPARTURE, LONG_ABSENCE
}

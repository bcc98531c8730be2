package fr.ctgportal.model.regulation;

/** Whether a competence was transferred to the intercommunality. */
public enum CompetenceStatus {
    TRANSFERRED, IN_PROGRESS, NOT_TRANSFERRED
}

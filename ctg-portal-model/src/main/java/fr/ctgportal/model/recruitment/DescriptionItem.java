package fr.ctgportal.model.recruitment;

/** The items of a job description that the Caf reviews one by one. */
public enum DescriptionItem {
    MISSIONS, THEMES, TIME_SHARE, ORGANISATION, FRAMEWORK, QUALIFICATION, COFINANCING
}

package fr.ctgportal.model.recruitment;

/** Why the authority recruits: to replace the holder of a funded post, or to create a post. */
public enum RecruitmentKind {
    REPLACEMENT,
    /** A development post: the doctrine requires 0.5 cooperation FTE and 50 % of the time at least. */
    NEW_POST
}

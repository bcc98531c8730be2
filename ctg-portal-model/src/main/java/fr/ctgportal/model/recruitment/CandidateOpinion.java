package fr.ctgportal.model.recruitment;

/**
 * The Caf's opinion on the authority's chosen candidate. After an unfavourable opinion the
 * authority may still recruit, knowing the post will not be funded.
 */
public enum CandidateOpinion {
    FAVOURABLE, RESERVED, UNFAVOURABLE
}

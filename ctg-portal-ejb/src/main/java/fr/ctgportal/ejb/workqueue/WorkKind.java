package fr.ctgportal.ejb.workqueue;

import fr.ctgportal.model.shared.Side;

/**
 * A kind of work awaiting a user, in the order the home page shows the groups: the authority's
 * (its HR's, then its officer's report), the Caf manager's own, then the Caf advisor's (the manager
 * sees those of the whole département too).
 */
public enum WorkKind {
    /** A job description the Caf sent back for changes. */
    DESCRIPTION_TO_REVISE(Side.AUTHORITY),
    /** The Caf's opinion on the chosen candidate is in: the authority completes the recruitment (or chooses again). */
    OPINION_RECEIVED(Side.AUTHORITY),
    /** A weighing awaiting the authority's answer. */
    WEIGHING_AWAITING_AUTHORITY(Side.AUTHORITY),
    /** A compliance procedure awaiting the authority's commitment. */
    PROCEDURE_TO_ANSWER(Side.AUTHORITY),
    /** A report of one of the authority's officers, past its due date. */
    OFFICER_REPORT_LATE(Side.AUTHORITY),
    /** A report of one of the authority's officers that the Caf sent back for additions. */
    OFFICER_REPORT_RETURNED(Side.AUTHORITY),
    /** A funding decision approved in the last days: its letter is to read. */
    DECISION_LETTER(Side.AUTHORITY),
    /** The officer's report of last year, not started. */
    REPORT_TO_START(Side.AUTHORITY),
    /** The officer's report, started, not sent yet. */
    REPORT_TO_COMPLETE(Side.AUTHORITY),
    /** The officer's report, sent back by the Caf for additions. */
    REPORT_ADDITIONS(Side.AUTHORITY),
    /** An opinion given by an advisor, not countersigned yet (manager). */
    OPINION_TO_COUNTERSIGN(Side.CAF),
    /** A funding decision prepared, to approve or send back (manager). */
    DECISION_TO_APPROVE(Side.CAF),
    /** A compliance procedure under way whose deadline has passed (manager). */
    PROCEDURE_PAST_DEADLINE(Side.CAF),
    /** A territory with posts whose renewal or phase-3 date is not set (manager). */
    PLAN_DATES_TO_SET(Side.CAF),
    /** A job description submitted, to review. */
    DESCRIPTION_TO_REVIEW(Side.CAF),
    /** A candidate proposed: the Caf's opinion is awaited. */
    OPINION_TO_GIVE(Side.CAF),
    /** A weighing awaiting the Caf's answer. */
    WEIGHING_AWAITING_CAF(Side.CAF),
    /** A post with an agreed weighing and no decision of the year (or only returned ones). */
    DECISION_TO_PREPARE(Side.CAF),
    /** A report sent, to review. */
    REPORT_TO_REVIEW(Side.CAF),
    /** A report started and past its due date. */
    REPORT_LATE(Side.CAF),
    /** A vacant post whose funded months end soon. */
    VACANCY_GRACE_ENDING(Side.CAF);

    private final Side side;

    WorkKind(Side side) {
        this.side = side;
    }

    /** @return the side whose area the work is done in */
    public Side side() {
        return side;
    }
}

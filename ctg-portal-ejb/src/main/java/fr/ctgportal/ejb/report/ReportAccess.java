package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.Records;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Parties;
import fr.ctgportal.ejb.security.Roles;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.Evaluation;
import fr.ctgportal.model.report.IndicatorFrame;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Who may see a report and as whom: its officer (the account holding the post), the HR of the
 * post's employer and the Caf advisors of its territory and the managers ({@link Parties}). Anyone
 * else gets "not found", like an unknown id.
 *
 * <p>A report belongs to its post, not to an account: who <em>writes</em> a post's reports is its
 * officer, or the employer's HR while the post has no officer account (vacant, or not named yet),
 * so that a draft left by an officer who went is handed over to the next one or finished by HR.
 */
@ApplicationScoped
public class ReportAccess {

    @Inject
    private Records records;

    @Inject
    private Parties parties;

    @Inject
    private IndicatorFrames frames;

    @Inject
    private Evaluations evaluations;

    @Inject
    private Clock clock;

    /**
     * A report, the reader's part in it and the moment of the act.
     *
     * @param frame the frame edition the report was opened on
     * @param at    when the caller acts
     * @param today the date of the day (Paris)
     * @param annual the annual evaluation that came with its acceptance, or null
     */
    public record OnReport(AnnualReport report, ReportReader reader, Caller caller, IndicatorFrame frame, Instant at,
            LocalDate today, Evaluation annual) {

        /** @return the caller's signature of this act */
        public Stamp stamp() {
            return Stamp.of(caller.username(), at);
        }

        /** @return whether the caller writes this report (see {@link ReportAccess}) */
        public boolean writer() {
            return writes(reader, report.getPost());
        }

        /** @return the report as the reader's screen shows it, with its annual evaluation once accepted */
        public ReportView view() {
            return ReportView.of(report, frame, reader, writer(), today, annual);
        }
    }

    /**
     * @return the report and the caller's part in it
     * @throws NotFoundException for an unknown id, a caller who is not party to it, or the Caf on a draft
     */
    public OnReport read(Caller caller, long reportId) {
        AnnualReport report = records.find(AnnualReport.class, reportId);
        ReportReader reader = readerOf(caller, report.getPost());
        // The Caf sees a report once it is sent; the draft is the officer's and the employer's.
        if (reader == ReportReader.CAF && !report.sentToCaf()) {
            throw new NotFoundException();
        }
        Instant at = clock.instant();
        Evaluation annual = report.getAccepted() == null
                ? null
                : evaluations.annualOf(report.getPost(), report.getYear());
        return new OnReport(report, reader, caller, frames.of(report), at, LocalDate.ofInstant(at, clock.getZone()),
                annual);
    }

    /**
     * As {@link #read}, for a change the caller makes as {@code reader}: locked until the end of the
     * transaction, at the version the user read ({@link Records#forChange}).
     *
     * @throws NotFoundException as {@link #read}, or when the caller reads it as someone else
     * @throws fr.ctgportal.ejb.platform.ConcurrentEditException if it changed since the user read it
     */
    public OnReport forChange(Caller caller, long reportId, long expectedVersion, ReportReader reader) {
        OnReport on = read(caller, reportId);
        if (on.reader() != reader) {
            throw new NotFoundException();
        }
        records.forChange(on.report(), expectedVersion);
        return on;
    }

    /**
     * As {@link #forChange}, for a change of the report's content by whoever writes it: its officer,
     * or the employer's HR while the post has no officer account.
     *
     * @throws NotFoundException as {@link #read}, or when the caller does not write it
     */
    public OnReport forWriting(Caller caller, long reportId, long expectedVersion) {
        OnReport on = read(caller, reportId);
        if (!on.writer()) {
            throw new NotFoundException();
        }
        records.forChange(on.report(), expectedVersion);
        return on;
    }

    /**
     * The post the caller holds as its officer, locked so that two openings of its report queue (a
     * report is opened by its officer; the employer's HR finishes a draft left on a post without one).
     *
     * @throws NotFoundException for an unknown post or one the caller does not hold
     */
    public CooperationPost heldPostForChange(Caller caller, long postId) {
        // Read the holder after the lock: it may have changed while we waited.
        CooperationPost post = records.lock(records.find(CooperationPost.class, postId));
        if (!holds(caller, post)) {
            throw new NotFoundException();
        }
        return post;
    }

    private static boolean writes(ReportReader reader, CooperationPost post) {
        return reader == ReportReader.OFFICER || reader == ReportReader.EMPLOYER && post.getOfficerUsername() == null;
    }

    /** The officer is the one holding the post now, not necessarily the one who opened the report. */
    private ReportReader readerOf(Caller caller, CooperationPost post) {
        if (holds(caller, post)) {
            return ReportReader.OFFICER;
        }
        return parties.sideOf(caller, post.getEmployer(), post.getTerritory()) == Side.CAF
                ? ReportReader.CAF
                : ReportReader.EMPLOYER;
    }

    private static boolean holds(Caller caller, CooperationPost post) {
        return caller.has(Roles.COOPERATION_OFFICER) && caller.username().equals(post.getOfficerUsername());
    }
}

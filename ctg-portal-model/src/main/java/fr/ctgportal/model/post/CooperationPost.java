package fr.ctgportal.model.post;

import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.doctrine.CooperationFte;
import fr.ctgportal.model.doctrine.EmployerKind;
import fr.ctgportal.model.doctrine.PostFunction;
import fr.ctgportal.model.doctrine.PostOrigin;
import fr.ctgportal.model.doctrine.PostSituation;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.doctrine.VacancyGrace;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.shared.VersionedEntity;
import fr.ctgportal.model.territory.Territory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A "chargé de coopération CTG" post funded by the Caf inside an authority of a Ctg territory.
 *
 * <p>Lifecycle: a post is created existing (already funded when the doctrine came) or as a
 * development (new post); it is {@link PostStatus#FILLED} while it has a holder and becomes
 * {@link PostStatus#VACANT} on a departure or long absence, from {@code vacantSince}. Its weighing
 * (employment FTE, cooperation share), cost, functions, qualification and co-financing make its
 * {@link PostSituation}, which the doctrine evaluates into a funding verdict. {@code currentFunding}
 * is the pilotage bonus paid before the compliance plan, kept for comparison.
 *
 * <p>Rules it owns (refused with a {@link DomainRuleException} carrying the message key): the holder
 * follows the status (a filled post names one, a vacant post none; vacancies and recruitments are
 * their own procedures), a vacancy is declared once, from a day of the past year, with a cause, and
 * an officer's account is named only on a filled post.
 */
@Entity
@Table(name = "cooperation_post")
@NamedQuery(name = "CooperationPost.ofAuthorities", query = "select p from CooperationPost p join fetch p.territory "
        + "join fetch p.employer where p.employer.id in :ids order by p.territory.name, p.id")
@NamedQuery(name = "CooperationPost.inTerritories", query = "select p from CooperationPost p join fetch p.territory "
        + "join fetch p.employer where p.territory.id in :ids order by p.id")
@NamedQuery(name = "CooperationPost.countOfEmployer", query = "select count(p) from CooperationPost p "
        + "where p.employer.id = :authority")
@NamedQuery(name = "CooperationPost.all", query = "select p from CooperationPost p join fetch p.territory "
        + "join fetch p.employer order by p.id")
@NamedQuery(name = "CooperationPost.departuresDue", query = "select p.id from CooperationPost p "
        + "where p.status = fr.ctgportal.model.post.PostStatus.FILLED and p.vacantSince <= :today")
@NamedQuery(name = "CooperationPost.vacantAndFunded", query = "select p.id from CooperationPost p "
        + "where p.status = fr.ctgportal.model.post.PostStatus.VACANT and p.vacantSince is not null "
        + "and p.fundingSuspendedOn is null")
// The posts that report (the report lists and the daily reminders) and those open to a recruitment.
@NamedQuery(name = "CooperationPost.ofOfficer", query = "select p from CooperationPost p join fetch p.territory "
        + "join fetch p.employer where p.officerUsername = :officer order by p.id")
@NamedQuery(name = "CooperationPost.withOfficerOfAuthorities", query = "select p from CooperationPost p "
        + "join fetch p.territory join fetch p.employer where p.employer.id in :ids "
        + "and p.officerUsername is not null order by p.id")
@NamedQuery(name = "CooperationPost.idsWithOfficer", query = "select p.id from CooperationPost p where p.officerUsername is not null")
@NamedQuery(name = "CooperationPost.recruitableOfAuthorities", query = "select p from CooperationPost p "
        + "where p.employer.id in :ids and not exists (select f from RecruitmentFile f "
        + "where f.post = p and f.stage not in :closed) order by p.title, p.id")
// Work queues (issue 14): one query per kind of work, post reference, title, holder and employer in the row.
@NamedQuery(name = "CooperationPost.workToDecide", query = "select p.id, p.id, p.cafReference, p.title, p.holderName, "
        + "e.name from CooperationPost p join p.employer e where p.fundingEndedOn is null "
        + "and p.unfundedByOpinion = false and p.territory.id in :territories and exists (select w.id from Weighing w "
        + "where w.post = p and w.status = fr.ctgportal.model.weighing.WeighingStatus.AGREED) and not exists ("
        + "select d.id from PostFundingDecision d where d.post = p and d.year = :year "
        + "and d.status <> fr.ctgportal.model.funding.DecisionStatus.RETURNED)")
@NamedQuery(name = "CooperationPost.workVacantFunded", query = "select p.id, p.id, p.cafReference, p.title, "
        + "p.holderBeforeVacancy, e.name, p.vacantSince from CooperationPost p join p.employer e "
        + "where p.status = fr.ctgportal.model.post.PostStatus.VACANT and p.vacantSince is not null "
        + "and p.fundingSuspendedOn is null and p.territory.id in :territories")
public class CooperationPost extends VersionedEntity {

    /** What the annual_cost column holds (DECIMAL(10,2)), in euros. */
    private static final BigDecimal MAX_ANNUAL_COST = new BigDecimal("99999999.99");

    /** A login of the identity provider: letters, digits and {@code . _ @ -}. */
    private static final Pattern ACCOUNT = Pattern.compile("[\\p{L}0-9._@-]+");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id", nullable = false)
    private Territory territory;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id", nullable = false)
    private Authority employer;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(name = "holder_name", length = 150)
    private String holderName;

    @Column(name = "employment_fte", nullable = false, precision = 4, scale = 2)
    private BigDecimal employmentFte;

    @Column(name = "cooperation_share", nullable = false, precision = 5, scale = 4)
    private BigDecimal cooperationShare;

    @Column(name = "annual_cost", nullable = false, precision = 10, scale = 2)
    private BigDecimal annualCost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Qualification qualification;

    @Enumerated(EnumType.STRING)
    @Column(name = "employer_kind", nullable = false, length = 30)
    private EmployerKind employerKind;

    @Column(name = "cofinancing_share", nullable = false, precision = 5, scale = 4)
    private BigDecimal cofinancingShare;

    @Column(name = "administrative_assistant", nullable = false)
    private boolean administrativeAssistant;

    @Column(name = "director_function", nullable = false)
    private boolean directorFunction;

    @Column(name = "service_funded", nullable = false)
    private boolean serviceFunded;

    @Column(name = "vacant_since")
    private LocalDate vacantSince;

    @Column(name = "current_funding", nullable = false, precision = 10, scale = 2)
    private BigDecimal currentFunding;

    @Enumerated(EnumType.STRING)
    @Column(name = "vacancy_cause", length = 20)
    private VacancyCause vacancyCause;

    /** The day the Caf's funding was suspended: vacant beyond the grace period without a replacement. */
    @Column(name = "funding_suspended_on")
    private LocalDate fundingSuspendedOn;

    @Column(name = "evaluations_set_up_on")
    private LocalDate evaluationsSetUpOn;

    /** The account of the cooperation officer holding the post, who reports on it every year. */
    /** The Caf's own reference of the post, when it gave one (its import); see {@link #getReference()}. */
    @Column(name = "reference", length = 20, unique = true)
    private String cafReference;

    @Column(name = "officer_username", length = 100)
    private String officerUsername;

    /** The holder leads the Ctg project (the steering committee's meetings are theirs to report). */
    @Column(name = "ctg_lead", nullable = false)
    private boolean ctgLead;

    /** Set when a compliance procedure ended the Caf's funding: the post is no longer funded. */
    @Column(name = "funding_ended_on")
    private LocalDate fundingEndedOn;

    /**
     * The holder, account and Ctg lead when the vacancy began: restored when the holder returns from a
     * long absence or when a vacancy declared by mistake is withdrawn.
     */
    @Column(name = "holder_before_vacancy", length = 150)
    private String holderBeforeVacancy;

    @Column(name = "officer_before_vacancy", length = 100)
    private String officerBeforeVacancy;

    @Column(name = "ctg_lead_before_vacancy", nullable = false)
    private boolean ctgLeadBeforeVacancy;

    /** The authority recruited its holder despite the Caf's unfavourable opinion: not funded. */
    @Column(name = "unfunded_by_opinion", nullable = false)
    private boolean unfundedByOpinion;

    protected CooperationPost() {
        // for JPA
    }

    /**
     * A development post ("développement de poste"), created when its recruitment file is completed
     * and filled at once ({@link #recruited}).
     *
     * @throws DomainRuleException as {@link Authority#requireMayEmployPosts()} (closed employer, or a
     *                             commune outside a territory with the communal exception)
     */
    public static CooperationPost created(Authority employer, String title) {
        employer.requireMayEmployPosts();
        CooperationPost post = new CooperationPost();
        post.territory = employer.getTerritory();
        post.employer = employer;
        post.title = title;
        post.origin = PostOrigin.DEVELOPMENT;
        post.status = PostStatus.VACANT;
        post.employerKind = employer.isCtgSignatory() ? EmployerKind.SIGNATORY_AUTHORITY : EmployerKind.OTHER;
        post.currentFunding = BigDecimal.ZERO;
        return post;
    }

    /**
     * The recruitment of a new holder is completed: the post is filled again, with the figures of
     * the job description agreed with the Caf. After an unfavourable opinion of the Caf on the
     * holder, the post is flagged as not funded.
     */
    public void recruited(String newHolder, Qualification newQualification, BigDecimal agreedEmploymentFte,
            BigDecimal agreedCooperationShare, BigDecimal agreedAnnualCost,
            BigDecimal agreedCofinancingShare, boolean againstUnfavourableOpinion) {
        holderName = newHolder;
        qualification = newQualification;
        employmentFte = agreedEmploymentFte;
        cooperationShare = agreedCooperationShare;
        annualCost = agreedAnnualCost;
        cofinancingShare = agreedCofinancingShare;
        status = PostStatus.FILLED;
        vacantSince = null;
        vacancyCause = null;
        fundingSuspendedOn = null;
        unfundedByOpinion = againstUnfavourableOpinion;
        officerUsername = null; // the employer names the new holder's account
        ctgLead = false;
        forgetHolderBeforeVacancy();
    }

    /**
     * A weighing was agreed with the Caf: the cooperation share follows it, and so does the flag of
     * a post partly funded by a prestation de service.
     */
    public void weighingAgreed(BigDecimal agreedCooperationShare, boolean agreedServiceFunded) {
        cooperationShare = agreedCooperationShare;
        serviceFunded = agreedServiceFunded;
    }

    /**
     * The authority declares the post vacant (departure or long absence) from a day: the Caf keeps
     * funding it during the doctrine's grace period, then suspends it unless a replacement came.
     *
     * @param since the first day of the vacancy, within the year before {@code today}
     * @param today the date of the day
     * @throws DomainRuleException {@code post.error.vacancyDate} for a day in the future or more than a
     *         year ago, {@code post.error.vacancyCause} without a cause, {@code post.error.alreadyVacant}
     */
    public void declareVacancy(LocalDate since, VacancyCause cause, LocalDate today) {
        if (since == null || since.isBefore(today.minusYears(1)) || since.isAfter(today)) {
            throw new DomainRuleException("post.error.vacancyDate");
        }
        if (cause == null) {
            throw new DomainRuleException("post.error.vacancyCause");
        }
        if (status == PostStatus.VACANT || isDepartureAnnounced()) {
            throw new DomainRuleException("post.error.alreadyVacant");
        }
        vacantSince = since;
        vacancyCause = cause;
        becomeVacant();
    }

    /**
     * The authority announces a departure known in advance: the post stays filled by its holder until
     * that day, then becomes vacant ({@link #startAnnouncedVacancy}); the doctrine's grace period runs
     * from the departure day.
     *
     * @param on    the first day without the holder, after {@code today} and within the next year
     * @param today the date of the day
     * @throws DomainRuleException {@code post.error.departureDate} for a day not after today or more
     *         than a year ahead, {@code post.error.alreadyVacant} when the post is vacant or a departure
     *         is already announced
     */
    public void announceDeparture(LocalDate on, LocalDate today) {
        if (on == null || !on.isAfter(today) || on.isAfter(today.plusYears(1))) {
            throw new DomainRuleException("post.error.departureDate");
        }
        if (status == PostStatus.VACANT || isDepartureAnnounced()) {
            throw new DomainRuleException("post.error.alreadyVacant");
        }
        vacantSince = on;
        vacancyCause = VacancyCause.DEPARTURE;
    }

    /** @return true when a departure is announced for a day to come (the post is still filled) */
    public boolean isDepartureAnnounced() {
        return status == PostStatus.FILLED && vacantSince != null;
    }

    /**
     * The daily watch: an announced departure whose day has come makes the post vacant.
     *
     * @return whether the post became vacant now
     */
    public boolean startAnnouncedVacancy(LocalDate today) {
        if (!isDepartureAnnounced() || vacantSince.isAfter(today)) {
            return false;
        }
        becomeVacant();
        return true;
    }

    /**
     * The holder comes back from a long absence: the post is filled again by them (name, account, Ctg
     * lead as before the absence), the grace period stops and a suspended funding resumes.
     *
     * @param returnedOn the day of the return, from the first day of the absence to {@code today}
     * @param holder     the holder's name when the portal does not know it (a vacancy declared before
     *                   the portal kept it); blank: the holder before the absence
     * @throws DomainRuleException {@code post.error.notAbsent} unless the post is vacant for a long
     *         absence, {@code post.error.returnDate} for a day outside the absence,
     *         {@code post.error.holderRequired} when no holder is known nor given
     */
    public void endAbsence(LocalDate returnedOn, String holder, LocalDate today) {
        if (status != PostStatus.VACANT || vacancyCause != VacancyCause.LONG_ABSENCE) {
            throw new DomainRuleException("post.error.notAbsent");
        }
        if (returnedOn == null || returnedOn.isBefore(vacantSince) || returnedOn.isAfter(today)) {
            throw new DomainRuleException("post.error.returnDate");
        }
        filledAgainAsBefore(holder);
        fundingSuspendedOn = null;
    }

    /**
     * A vacancy declared (or a departure announced) by mistake is withdrawn: the post is as before the
     * declaration. Only while no suspension of the funding took effect, since a suspension was told to
     * both sides and counted.
     *
     * @param holder the holder's name when the portal does not know it; blank: the holder before
     * @throws DomainRuleException {@code post.error.noVacancy} without a vacancy nor an announced
     *         departure, {@code post.error.vacancySuspended} once the funding was suspended,
     *         {@code post.error.holderRequired} when no holder is known nor given
     */
    public void withdrawVacancy(String holder) {
        if (vacantSince == null) {
            throw new DomainRuleException("post.error.noVacancy");
        }
        if (fundingSuspendedOn != null) {
            throw new DomainRuleException("post.error.vacancySuspended");
        }
        if (status == PostStatus.VACANT) {
            filledAgainAsBefore(holder);
        } else {
            vacantSince = null;
            vacancyCause = null;
        }
    }

    /**
     * @param graceMonths the months the doctrine funds a vacancy from its first day (its value on
     *                    {@link #getVacantSince()})
     * @return the last day the post stays funded during a vacancy (declared or announced), or null
     *         without one
     */
    public LocalDate fundedUntil(int graceMonths) {
        return vacantSince == null ? null : VacancyGrace.lastFundedDay(vacantSince, graceMonths);
    }

    private void becomeVacant() {
        holderBeforeVacancy = holderName;
        officerBeforeVacancy = officerUsername;
        ctgLeadBeforeVacancy = ctgLead;
        status = PostStatus.VACANT;
        holderName = null;
        officerUsername = null; // the officer left: no more reports from that account
        ctgLead = false;
    }

    private void filledAgainAsBefore(String holder) {
        String typed = holder == null || holder.isBlank() ? null : TextLimit.NAME.optional(holder);
        String back = typed != null ? typed : holderBeforeVacancy;
        if (back == null) {
            throw new DomainRuleException("post.error.holderRequired");
        }
        status = PostStatus.FILLED;
        holderName = back;
        officerUsername = officerBeforeVacancy;
        ctgLead = ctgLeadBeforeVacancy;
        vacantSince = null;
        vacancyCause = null;
        forgetHolderBeforeVacancy();
    }

    private void forgetHolderBeforeVacancy() {
        holderBeforeVacancy = null;
        officerBeforeVacancy = null;
        ctgLeadBeforeVacancy = false;
    }

    /**
     * The employer names the account of the officer holding the post (blank: none), and whether they
     * lead the Ctg.
     *
     * @param username a login as typed (stripped here)
     * @throws DomainRuleException {@code post.error.officerAccount} for a login too long or with other
     *         characters, {@code post.error.vacantPost} when naming one on a vacant post
     */
    public void assignOfficer(String username, boolean leadsCtg) {
        String account = username == null || username.isBlank() ? null : username.strip();
        if (account != null && (account.length() > TextLimit.ACCOUNT.max() || !ACCOUNT.matcher(account).matches())) {
            throw new DomainRuleException("post.error.officerAccount");
        }
        if (account != null && status == PostStatus.VACANT) {
            throw new DomainRuleException("post.error.vacantPost");
        }
        officerUsername = account;
        ctgLead = account != null && leadsCtg;
    }

    /** The Caf records the day the post's evaluations on the national indicators were set up (phase 1). */
    public void evaluationsSetUp(LocalDate on) {
        evaluationsSetUpOn = on;
    }

    /** A compliance procedure ended with the end of the Caf's funding of this post. */
    public void endFunding(LocalDate on) {
        fundingEndedOn = on;
    }

    /**
     * The daily watch: a post still vacant (a replacement makes it filled again) beyond the doctrine's
     * grace period has its funding suspended, once, from the first day after the grace period, not from
     * the day the watch ran (a day caught up late, or a vacancy declared late, keeps the true date).
     *
     * @param graceMonths the months the doctrine funds a vacancy from its first day
     * @return whether the funding was suspended now
     */
    public boolean suspendFundingIfGraceOver(LocalDate today, int graceMonths) {
        if (status != PostStatus.VACANT || vacantSince == null || fundingSuspendedOn != null
                || VacancyGrace.covers(vacantSince, graceMonths, today)) {
            return false;
        }
        fundingSuspendedOn = VacancyGrace.lastFundedDay(vacantSince, graceMonths).plusDays(1);
        return true;
    }

    public Territory getTerritory() { return territory; }
    public Authority getEmployer() { return employer; }
    public String getTitle() { return title; }

    /**
     * The post's short, stable reference, shown wherever the post appears (lists, e-mail subjects,
     * letters) so that posts of one authority with the same title can be told apart: the Caf's own
     * reference when it recorded one, otherwise {@code CTG-} and the post's number on four digits
     * ({@code CTG-0042}), which never changes and is never reused.
     *
     * @return the reference; null only for a post not saved yet
     */
    public String getReference() {
        if (cafReference != null) {
            return cafReference;
        }
        return getId() == null ? null : referenceOf(getId());
    }

    /** @return the reference given by the portal to the post of that number ({@code CTG-0042}) */
    public static String referenceOf(long postId) {
        return String.format(java.util.Locale.ROOT, "CTG-%04d", postId);
    }
    public String getHolderName() { return holderName; }
    public String getHolderBeforeVacancy() { return holderBeforeVacancy; }
    public BigDecimal getEmploymentFte() { return employmentFte; }
    public BigDecimal getCooperationShare() { return cooperationShare; }
    public BigDecimal getAnnualCost() { return annualCost; }
    public PostOrigin getOrigin() { return origin; }
    public PostStatus getStatus() { return status; }
    public Qualification getQualification() { return qualification; }
    public EmployerKind getEmployerKind() { return employerKind; }
    public BigDecimal getCofinancingShare() { return cofinancingShare; }
    public LocalDate getVacantSince() { return vacantSince; }
    public BigDecimal getCurrentFunding() { return currentFunding; }
    public boolean isUnfundedByOpinion() { return unfundedByOpinion; }
    public VacancyCause getVacancyCause() { return vacancyCause; }
    public LocalDate getEvaluationsSetUpOn() { return evaluationsSetUpOn; }
    public String getOfficerUsername() { return officerUsername; }
    public boolean isCtgLead() { return ctgLead; }
    public LocalDate getFundingEndedOn() { return fundingEndedOn; }
    public LocalDate getFundingSuspendedOn() { return fundingSuspendedOn; }

    /** Share of the holder's time on the cooperation mission, in FTE, as the totals count it (hundredths). */
    public BigDecimal getCooperationFte() {
        return CooperationFte.counted(employmentFte, cooperationShare);
    }

    public Set<PostFunction> getFunctions() {
        Set<PostFunction> functions = EnumSet.noneOf(PostFunction.class);
        if (administrativeAssistant) {
            functions.add(PostFunction.ADMINISTRATIVE_ASSISTANT);
        }
        if (directorFunction) {
            functions.add(PostFunction.DIRECTOR);
        }
        if (serviceFunded) {
            functions.add(PostFunction.SERVICE_FUNDED);
        }
        return functions;
    }

    /** What the doctrine needs to know of this post to give its verdict. */
    public PostSituation situation() {
        return new PostSituation(annualCost, employmentFte, cooperationShare, origin, getFunctions(),
                qualification, employerKind, cofinancingShare, status == PostStatus.VACANT ? vacantSince : null);
    }

    /**
     * Authority HR corrects the holder's name and the annual cost of the employment.
     *
     * @param holderName the holder as typed (stripped here; blank: none)
     * @param annualCost in euros, positive, to the cent
     * @throws DomainRuleException {@code post.error.annualCost}, {@code post.error.holderTooLong},
     *         {@code post.error.holderRequired} on a filled post, {@code post.error.vacantPost} when
     *         naming a holder on a vacant post
     */
    public void updateDetails(String holderName, BigDecimal annualCost) {
        if (annualCost == null || annualCost.signum() <= 0 || annualCost.scale() > 2
                || annualCost.compareTo(MAX_ANNUAL_COST) > 0) {
            throw new DomainRuleException("post.error.annualCost");
        }
        String holder = holderName == null || holderName.isBlank() ? null : holderName.strip();
        if (TextLimit.length(holder) > TextLimit.NAME.max()) {
            throw new DomainRuleException("post.error.holderTooLong");
        }
        holder = TextLimit.NAME.optional(holder); // one line, no bidirectional controls
        if (holder == null && status == PostStatus.FILLED) {
            throw new DomainRuleException("post.error.holderRequired");
        }
        if (holder != null && status == PostStatus.VACANT) {
            throw new DomainRuleException("post.error.vacantPost");
        }
        this.holderName = holder;
        this.annualCost = annualCost;
    }
}

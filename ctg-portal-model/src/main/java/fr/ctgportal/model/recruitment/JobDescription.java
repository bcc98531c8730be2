package fr.ctgportal.model.recruitment;

import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.shared.EnumSetColumn;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.VersionedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of a recruitment file's job description. The authority edits the latest version
 * while it is not submitted; once submitted it is frozen, the Caf's item-by-item review is attached
 * to it, and a revision after changes were requested is a new version: every version stays readable.
 */
@Entity
@Table(name = "job_description")
public class JobDescription extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", nullable = false)
    private RecruitmentFile file;

    @Column(nullable = false)
    private int number;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_description_mission", joinColumns = @JoinColumn(name = "job_description_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "outcome", length = 30)
    @Column(name = "missions", nullable = false)
    private Map<ReferenceOutcome, String> missions = new HashMap<>();

    @Column(nullable = false, length = 300)
    private String activities;

    @Column(nullable = false, length = 300)
    private String themes;

    @Column(name = "employment_fte", precision = 4, scale = 2)
    private BigDecimal employmentFte;

    @Column(name = "cooperation_share", precision = 5, scale = 4)
    private BigDecimal cooperationShare;

    @Column
    private String organisation;

    @Column(nullable = false, length = 300)
    private String frameworks;

    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_qualification", length = 20)
    private Qualification minimumQualification;

    @Column(name = "annual_cost", precision = 10, scale = 2)
    private BigDecimal annualCost;

    @Column(name = "cofinancing_share", precision = 5, scale = 4)
    private BigDecimal cofinancingShare;

    @Column
    private String cofinancing;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private StoredDocument document;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "saved_by"))
    @AttributeOverride(name = "at", column = @Column(name = "saved_at"))
    private Stamp saved;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "submitted_by"))
    @AttributeOverride(name = "at", column = @Column(name = "submitted_at"))
    private Stamp submitted;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_outcome", length = 20)
    private ReviewOutcome reviewOutcome;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "reviewed_by"))
    @AttributeOverride(name = "at", column = @Column(name = "reviewed_at"))
    private Stamp reviewed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_description_review", joinColumns = @JoinColumn(name = "job_description_id"))
    private List<ItemReview> reviews = new ArrayList<>();

    protected JobDescription() {
        // for JPA
    }

    JobDescription(RecruitmentFile file, int number, JobDescriptionContent content, StoredDocument document,
            Stamp saved) {
        this.file = file;
        this.number = number;
        this.document = document;
        write(content, saved);
    }

    /** Replaces the content of this unsubmitted version. */
    void write(JobDescriptionContent content, Stamp saved) {
        if (isSubmitted()) {
            throw new IllegalStateException("version " + number + " is submitted");
        }
        missions.clear();
        missions.putAll(content.missions());
        activities = EnumSetColumn.write(content.activities());
        themes = EnumSetColumn.write(content.themes());
        employmentFte = content.employmentFte();
        cooperationShare = content.cooperationShare();
        organisation = content.organisation();
        frameworks = EnumSetColumn.write(content.frameworks());
        minimumQualification = content.minimumQualification();
        annualCost = content.annualCost();
        cofinancingShare = content.cofinancingShare();
        cofinancing = content.cofinancing();
        this.saved = saved;
    }

    void attach(StoredDocument document) {
        this.document = document;
    }

    void submit(Stamp submitted) {
        this.submitted = submitted;
    }

    void review(ReviewOutcome outcome, List<ItemReview> items, Stamp reviewed) {
        reviewOutcome = outcome;
        reviews.clear();
        reviews.addAll(items);
        this.reviewed = reviewed;
    }

    public JobDescriptionContent content() {
        return new JobDescriptionContent(missions,
                EnumSetColumn.read(activities, ReferenceActivity.class),
                EnumSetColumn.read(themes, ThematicField.class),
                employmentFte, cooperationShare, organisation,
                EnumSetColumn.read(frameworks, EmploymentFramework.class),
                minimumQualification, annualCost, cofinancingShare, cofinancing);
    }

    public boolean isSubmitted() { return getSubmitted() != null; }

    public RecruitmentFile getFile() { return file; }
    public int getNumber() { return number; }
    public StoredDocument getDocument() { return document; }
    public Stamp getSaved() { return saved; }
    /** @return who submitted this version and when, or null while it is the working version */
    public Stamp getSubmitted() {
        return Stamp.orNull(submitted);
    }
    public ReviewOutcome getReviewOutcome() { return reviewOutcome; }
    /** @return who reviewed this version and when, or null */
    public Stamp getReviewed() {
        return Stamp.orNull(reviewed);
    }
    public List<ItemReview> getReviews() { return List.copyOf(reviews); }
}

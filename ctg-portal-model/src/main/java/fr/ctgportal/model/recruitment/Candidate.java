package fr.ctgportal.model.recruitment;

import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.shared.VersionedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A shortlisted candidate of a recruitment file. Name, diploma, current situation and CV are
 * personal data: they are erased a while after the file is closed ({@link #erase()}), while the
 * qualification level and framework stay with the Caf's opinion.
 */
@Entity
@Table(name = "candidate")
public class Candidate extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", nullable = false)
    private RecruitmentFile file;

    @Column(name = "full_name", length = 150)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Qualification qualification;

    @Column(length = 300)
    private String diploma;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private EmploymentFramework framework;

    @Column(name = "current_situation")
    private String currentSituation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cv_document_id")
    private StoredDocument cv;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "added_by"))
    @AttributeOverride(name = "at", column = @Column(name = "added_at"))
    private Stamp added;

    @Column(nullable = false)
    private boolean erased;

    /** The Caf's opinion given on this candidate when proposed (kept after another one is proposed). */
    @Embedded
    private CafOpinion opinion;

    protected Candidate() {
        // for JPA
    }

    /**
     * @throws DomainRuleException {@code recruitment.error.candidateName} (no name),
     *                             {@code recruitment.error.candidateProfile} (no qualification or framework),
     *                             {@code recruitment.error.textTooLong}
     */
    Candidate(RecruitmentFile file, String fullName, Qualification qualification, String diploma,
            EmploymentFramework framework, String currentSituation, Stamp added) {
        this.file = file;
        this.added = added;
        correct(fullName, qualification, diploma, framework, currentSituation);
    }

    /** The candidate's details as the authority typed them (again), with the same rules as when added. */
    void correct(String fullName, Qualification qualification, String diploma, EmploymentFramework framework,
            String currentSituation) {
        String name = TextLimit.NAME.required(fullName, "recruitment.error.candidateName");
        if (qualification == null || framework == null) {
            throw new DomainRuleException("recruitment.error.candidateProfile");
        }
        String diplomaKept = TextLimit.QUALIFICATION.optional(diploma);
        String situation = TextLimit.DESCRIPTION.optional(currentSituation);
        this.fullName = name;
        this.qualification = qualification;
        this.diploma = diplomaKept;
        this.framework = framework;
        this.currentSituation = situation;
    }

    /** Attaches the candidate's CV (a PDF already stored). */
    public void attachCv(StoredDocument document) {
        if (erased) {
            throw new IllegalStateException("the candidate's data are erased");
        }
        cv = document;
    }

    /**
     * Erases the personal data and detaches the CV (the caller deletes the document).
     *
     * @return the CV that was attached, or null
     */
    public StoredDocument erase() {
        StoredDocument former = cv;
        fullName = null;
        diploma = null;
        currentSituation = null;
        cv = null;
        erased = true;
        return former;
    }

    /** The Caf's opinion on this candidate (given, or countersigned since), recorded by its file. */
    void opinionIs(CafOpinion given) {
        opinion = given;
    }

    /** @return the Caf's opinion given on this candidate when proposed, or null */
    public CafOpinion getOpinion() {
        return opinion == null || opinion.isEmpty() ? null : opinion;
    }

    public RecruitmentFile getFile() { return file; }
    public String getFullName() { return fullName; }
    public Qualification getQualification() { return qualification; }
    public String getDiploma() { return diploma; }
    public EmploymentFramework getFramework() { return framework; }
    public String getCurrentSituation() { return currentSituation; }
    public StoredDocument getCv() { return cv; }
    public Stamp getAdded() { return added; }
    public boolean isErased() { return erased; }
}

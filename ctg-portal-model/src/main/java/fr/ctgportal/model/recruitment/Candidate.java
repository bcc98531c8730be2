package fr.ctgportal.model.recruitment;

import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.doctrine.Qualification;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A shortlisted candidate of a recruitment file. Name, diploma, current situation and CV are
 * personal data: they are erased a while after the file is closed ({@link #erase()}), while the
 * qualification level and framework stay with the Caf's opinion.
 */
@Entity
@Table(name = "candidate")
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

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

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(nullable = false)
    private boolean erased;

    protected Candidate() {
        // for JPA
    }

    Candidate(RecruitmentFile file, String fullName, Qualification qualification, String diploma,
              EmploymentFramework framework, String currentSituation, StoredDocument cv, String by, Instant at) {
        this.file = file;
        this.fullName = fullName;
        this.qualification = qualification;
        this.diploma = diploma;
        this.framework = framework;
        this.currentSituation = currentSituation;
        this.cv = cv;
        this.addedBy = by;
        this.addedAt = at;
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

    public Long getId() { return id; }
    public RecruitmentFile getFile() { return file; }
    public String getFullName() { return fullName; }
    public Qualification getQualification() { return qualification; }
    public String getDiploma() { return diploma; }
    public EmploymentFramework getFramework() { return framework; }
    public String getCurrentSituation() { return currentSituation; }
    public StoredDocument getCv() { return cv; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
    public boolean isErased() { return erased; }
}

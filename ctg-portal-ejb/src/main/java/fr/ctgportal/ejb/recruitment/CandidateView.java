package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.model.recruitment.CafOpinion;
import fr.ctgportal.model.recruitment.CandidateOpinion;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import fr.ctgportal.model.shared.Stamp;
import java.time.Instant;

import java.io.Serializable;
import fr.ctgportal.ejb.document.DocumentRef;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.recruitment.Candidate;
import fr.ctgportal.model.recruitment.EmploymentFramework;

/**
 * A shortlisted candidate; after erasure only the qualification and framework remain. A candidate
 * proposed before keeps the Caf's opinion on them ({@code opinion} null when none was given).
 */
public record CandidateView(long id, String fullName, Qualification qualification, String diploma,
        EmploymentFramework framework, String currentSituation, DocumentRef cv, boolean erased,
        boolean chosen, CandidateOpinion opinion, String opinionReasons, String opinionBy, Instant opinionAt,
        String countersignedBy, Instant countersignedAt) implements Serializable {

    static CandidateView of(Candidate c, Candidate chosen) {
        CafOpinion o = opinionOf(c, c.getFile());
        Stamp given = o == null ? null : o.given();
        Stamp countersigned = o == null ? null : o.countersigned();
        return new CandidateView(c.getId(), c.getFullName(), c.getQualification(), c.getDiploma(), c.getFramework(),
                c.getCurrentSituation(), DocumentRef.of(c.getCv()), c.isErased(), c.equals(chosen),
                o == null ? null : o.verdict(), o == null ? null : o.reasons(), given == null ? null : given.by(),
                given == null ? null : given.at(), countersigned == null ? null : countersigned.by(),
                countersigned == null ? null : countersigned.at());
    }

    /** The opinion on the candidate: theirs, or the file's current one on its chosen candidate (older data). */
    static CafOpinion opinionOf(Candidate c, RecruitmentFile file) {
        if (c.getOpinion() != null) {
            return c.getOpinion();
        }
        return c.equals(file.getChosenCandidate()) ? file.getOpinion() : null;
    }
}

package fr.ctgportal.ejb.recruitment;

import java.io.Serializable;
import fr.ctgportal.ejb.document.DocumentRef;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.recruitment.Candidate;
import fr.ctgportal.model.recruitment.EmploymentFramework;

/** A shortlisted candidate; after erasure only the qualification and framework remain. */
public record CandidateView(long id, String fullName, Qualification qualification, String diploma,
        EmploymentFramework framework, String currentSituation, DocumentRef cv, boolean erased,
        boolean chosen) implements Serializable {

    static CandidateView of(Candidate c, Candidate chosen) {
        return new CandidateView(c.getId(), c.getFullName(), c.getQualification(), c.getDiploma(), c.getFramework(),
                c.getCurrentSituation(), DocumentRef.of(c.getCv()), c.isErased(), c.equals(chosen));
    }
}

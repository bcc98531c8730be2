package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.recruitment.EmploymentFramework;

/** What the authority records of a shortlisted candidate. */
public record CandidateInput(String fullName, Qualification qualification, String diploma,
        EmploymentFramework framework, String currentSituation) {
}

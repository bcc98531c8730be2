package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.doctrine.Severity;
import fr.ctgportal.model.recruitment.EmploymentFramework;
import java.io.Serializable;
import java.util.List;

/**
 * A check of the doctrine on the proposed candidate, as a finding for the Caf's opinion (doctrine of
 * 15/11/2024: a professional "ayant un niveau bac+2 minimum" in one of the expected frameworks).
 *
 * @param severity null when the candidate meets the rule; else how much it weighs
 * @param text     the finding in French, with the candidate's level or framework
 */
public record CandidateCheck(Severity severity, String text) implements Serializable {

    /** The checks of a candidate's qualification level and employment framework, in that order. */
    static List<CandidateCheck> of(Qualification qualification, EmploymentFramework framework) {
        String level = Texts.label("qualification", qualification);
        String frame = Texts.label("framework", framework);
        return List.of(qualification.meetsMinimum()
                ? new CandidateCheck(null, Texts.text("recruitment.check.qualification.met", level))
                : new CandidateCheck(Severity.BLOCKING, Texts.text("recruitment.check.qualification.below", level)),
                framework.expectedByDoctrine()
                        ? new CandidateCheck(null, Texts.text("recruitment.check.framework.met", frame))
                        : new CandidateCheck(Severity.WARNING, Texts.text("recruitment.check.framework.other", frame)));
    }

    /** @return true when the candidate meets the rule */
    public boolean met() {
        return severity == null;
    }
}

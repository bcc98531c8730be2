package fr.ctgportal.it.services;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.it.services.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.ejb.recruitment.CandidateInput;
import fr.ctgportal.ejb.recruitment.CandidateView;
import fr.ctgportal.ejb.recruitment.RecruitmentFileView;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.recruitment.EmploymentFramework;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the shortlist of a recruitment file is corrected or a candidate withdrawn until one is
 * proposed to the Caf; a CV can be added later while the file is open. The file is the test's own.
 */
class CandidatesIT extends DeployedServices {

    private static final String NIMES = "243000643";
    private static final String HR = "rh.nimes.candidats";

    private static CandidateView named(RecruitmentFileView f, String name) {
        return f.candidates().stream().filter(c -> name.equals(c.fullName())).findFirst().orElseThrow();
    }

    @Test
    @AsUser(name = HR, roles = AUTHORITY_HR)
    void candidatesAreCorrectedOrWithdrawnUntilOneIsProposedAndACvComesLater() {
        Demo demo = database().member(HR, NIMES);
        long file = demo.fileOf(NIMES, "DESCRIPTION_AGREED");
        recruitment.addCandidate(file, files.findFile(file).version(), new CandidateInput("Camile Martin (fictive)",
                Qualification.BAC2, null, EmploymentFramework.OTHER, null), null);
        recruitment.addCandidate(file, files.findFile(file).version(), new CandidateInput("Dominique Roux (fictif)",
                Qualification.BAC3_OR_ABOVE, "Master", EmploymentFramework.TERRITORIAL_ANIMATOR_B, null),
                ServiceCatalog.pdf("cv-dominique.pdf"));
        RecruitmentFileView two = files.findFile(file);
        long camille = named(two, "Camile Martin (fictive)").id();
        long dominique = named(two, "Dominique Roux (fictif)").id();
        long dominiqueCv = named(two, "Dominique Roux (fictif)").cv().id();

        refused("recruitment.error.candidateName", () -> recruitment.correctCandidate(file, two.version(), camille,
                new CandidateInput(" ", Qualification.BAC2, null, EmploymentFramework.OTHER, null)));
        recruitment.correctCandidate(file, two.version(), camille, new CandidateInput("Camille Martin (fictive)",
                Qualification.BAC3_OR_ABOVE, "Licence pro", EmploymentFramework.TERRITORIAL_ANIMATOR_B, "Animatrice"));
        CandidateView corrected = named(files.findFile(file), "Camille Martin (fictive)");
        assertEquals(Qualification.BAC3_OR_ABOVE, corrected.qualification());
        assertEquals("Licence pro", corrected.diploma());

        recruitment.withdrawCandidate(file, files.findFile(file).version(), dominique);
        assertEquals(1, files.findFile(file).candidates().size());
        assertEquals(0, demo.number("select count(*) from stored_document where id = ?", dominiqueCv),
                "the withdrawn candidate's CV is deleted");
        assertEquals(1, demo.number("select count(*) from audit_event where entity_id = ? "
                + "and action = 'CANDIDATE_WITHDRAWN'", file));

        assertNull(corrected.cv());
        refused("recruitment.error.cvMissing",
                () -> recruitment.attachCandidateCv(file, files.findFile(file).version(), camille, null));
        recruitment.proposeCandidate(file, files.findFile(file).version(), camille, "Meilleur entretien");
        var checks = files.findFile(file).proposedChecks();
        assertEquals(2, checks.size(), "qualification level and framework");
        assertTrue(checks.stream().allMatch(c -> c.met()), checks.toString());
        assertTrue(checks.get(0).text().contains("Bac+3"), checks.get(0).text());
        refused("recruitment.error.wrongStage", () -> recruitment.correctCandidate(file, files.findFile(file).version(),
                camille, new CandidateInput("X", Qualification.BAC2, null, EmploymentFramework.OTHER, null)));
        refused("recruitment.error.wrongStage",
                () -> recruitment.withdrawCandidate(file, files.findFile(file).version(), camille));
        recruitment.attachCandidateCv(file, files.findFile(file).version(), camille,
                ServiceCatalog.pdf("cv-camille.pdf"));
        CandidateView withCv = named(files.findFile(file), "Camille Martin (fictive)");
        assertNotNull(withCv.cv(), "the CV came after the proposal");
        assertEquals("cv-camille.pdf", withCv.cv().fileName());
    }
}

package fr.ctgportal.web.recruitment;

import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.recruitment.EmploymentFramework;
import fr.ctgportal.model.recruitment.JobDescriptionContent;
import fr.ctgportal.model.recruitment.ReferenceActivity;
import fr.ctgportal.model.recruitment.ReferenceOutcome;
import fr.ctgportal.model.recruitment.ThematicField;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The job description form: what the user types, kept as typed when a save is refused. Shares are
 * fractions, typed and shown as percentages by {@code ctg:percent}.
 */
public class DescriptionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Map<ReferenceOutcome, String> missions = new EnumMap<>(ReferenceOutcome.class);
    private ReferenceActivity[] activities = new ReferenceActivity[0];
    private ThematicField[] themes = new ThematicField[0];
    private BigDecimal employmentFte;
    private BigDecimal cooperationShare;
    private String organisation;
    private EmploymentFramework[] frameworks = new EmploymentFramework[0];
    private Qualification minimumQualification;
    private BigDecimal annualCost;
    private BigDecimal cofinancingShare;
    private String cofinancing;

    static DescriptionForm of(JobDescriptionContent c) {
        DescriptionForm form = new DescriptionForm();
        form.missions.putAll(c.missions());
        form.activities = c.activities().toArray(new ReferenceActivity[0]);
        form.themes = c.themes().toArray(new ThematicField[0]);
        form.employmentFte = c.employmentFte();
        form.cooperationShare = c.cooperationShare();
        form.organisation = c.organisation();
        form.frameworks = c.frameworks().toArray(new EmploymentFramework[0]);
        form.minimumQualification = c.minimumQualification();
        form.annualCost = c.annualCost();
        form.cofinancingShare = c.cofinancingShare();
        form.cofinancing = c.cofinancing();
        return form;
    }

    JobDescriptionContent content() {
        return new JobDescriptionContent(missions, Set.copyOf(Arrays.asList(activities)),
                Set.copyOf(Arrays.asList(themes)),
                employmentFte, cooperationShare, organisation, Set.copyOf(Arrays.asList(frameworks)),
                minimumQualification, annualCost, cofinancingShare, cofinancing);
    }

    /** @return whether what is on the screen differs from a stored description (amounts compared by value) */
    boolean differsFrom(JobDescriptionContent stored) {
        JobDescriptionContent typed = content();
        return !typed.missions().equals(stored.missions()) || !typed.activities().equals(stored.activities())
                || !typed.themes().equals(stored.themes()) || !sameAmount(typed.employmentFte(), stored.employmentFte())
                || !sameAmount(typed.cooperationShare(), stored.cooperationShare())
                || !Objects.equals(typed.organisation(), stored.organisation())
                || !typed.frameworks().equals(stored.frameworks())
                || typed.minimumQualification() != stored.minimumQualification()
                || !sameAmount(typed.annualCost(), stored.annualCost())
                || !sameAmount(typed.cofinancingShare(), stored.cofinancingShare())
                || !Objects.equals(typed.cofinancing(), stored.cofinancing());
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public Map<ReferenceOutcome, String> getMissions() { return missions; }
    public ReferenceActivity[] getActivities() { return activities; }
    public void setActivities(ReferenceActivity[] activities) {
        this.activities = activities == null ? new ReferenceActivity[0] : activities;
    }
    public ThematicField[] getThemes() { return themes; }
    public void setThemes(ThematicField[] themes) { this.themes = themes == null ? new ThematicField[0] : themes; }
    public BigDecimal getEmploymentFte() { return employmentFte; }
    public void setEmploymentFte(BigDecimal employmentFte) { this.employmentFte = employmentFte; }
    public BigDecimal getCooperationShare() { return cooperationShare; }
    public void setCooperationShare(BigDecimal cooperationShare) { this.cooperationShare = cooperationShare; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public EmploymentFramework[] getFrameworks() { return frameworks; }
    public void setFrameworks(EmploymentFramework[] frameworks) {
        this.frameworks = frameworks == null ? new EmploymentFramework[0] : frameworks;
    }
    public Qualification getMinimumQualification() { return minimumQualification; }
    public void setMinimumQualification(Qualification minimumQualification) {
        this.minimumQualification = minimumQualification;
    }
    public BigDecimal getAnnualCost() { return annualCost; }
    public void setAnnualCost(BigDecimal annualCost) { this.annualCost = annualCost; }
    public BigDecimal getCofinancingShare() { return cofinancingShare; }
    public void setCofinancingShare(BigDecimal cofinancingShare) { this.cofinancingShare = cofinancingShare; }
    public String getCofinancing() { return cofinancing; }
    public void setCofinancing(String cofinancing) { this.cofinancing = cofinancing; }
}

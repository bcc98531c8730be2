package fr.ctgportal.it.services;

import fr.ctgportal.ejb.account.AccountService;
import fr.ctgportal.ejb.compliance.ComplianceProcedureService;
import fr.ctgportal.ejb.compliance.CompliancePlanService;
import fr.ctgportal.ejb.doctrine.DoctrineParameterService;
import fr.ctgportal.ejb.doctrine.FundingSimulator;
import fr.ctgportal.ejb.funding.FundingDecisionService;
import fr.ctgportal.ejb.network.NetworkMeetingService;
import fr.ctgportal.ejb.post.PostService;
import fr.ctgportal.ejb.recruitment.FileMessageService;
import fr.ctgportal.ejb.recruitment.RecruitmentQueryService;
import fr.ctgportal.ejb.recruitment.RecruitmentReviewService;
import fr.ctgportal.ejb.recruitment.RecruitmentService;
import fr.ctgportal.ejb.report.AnnualReportService;
import fr.ctgportal.ejb.report.EvaluationService;
import fr.ctgportal.ejb.report.ReportReviewService;
import fr.ctgportal.ejb.territory.TerritoryService;
import fr.ctgportal.ejb.weighing.WeighingService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the Arquillian tests of the use cases share: the deployment (the portal WAR with the test
 * login, see {@link Deployments}), every use-case EJB, injected in the container, and the demo
 * database ({@link #database()}).
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedServices {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestLogin();
    }

    @EJB
    protected PostService posts;
    @EJB
    protected TerritoryService territories;
    @EJB
    protected AccountService accounts;
    @EJB
    protected FundingSimulator simulator;
    @EJB
    protected RecruitmentService recruitment;
    @EJB
    protected RecruitmentReviewService reviews;
    @EJB
    protected RecruitmentQueryService files;
    @EJB
    protected FileMessageService messages;
    @EJB
    protected WeighingService weighings;
    @EJB
    protected FundingDecisionService decisions;
    @EJB
    protected CompliancePlanService plan;
    @EJB
    protected ComplianceProcedureService procedures;
    @EJB
    protected NetworkMeetingService network;
    @EJB
    protected DoctrineParameterService parameters;
    @EJB
    protected AnnualReportService reports;
    @EJB
    protected ReportReviewService reviewsOfReports;
    @EJB
    protected EvaluationService evaluations;

    @Resource(lookup = "java:app/jdbc/ctg")
    protected DataSource dataSource;

    /** The demo database (add the test's users' memberships with {@link Demo#member}). */
    protected Demo database() {
        return new Demo(dataSource);
    }
}

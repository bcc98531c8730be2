package fr.ctgportal.it.services;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment under test is the real portal WAR from the build, with the OpenID Connect login
 * swapped for {@link TestUserMechanism}, plus the test helpers.
 */
final class Deployments {

    private Deployments() {
    }

    static WebArchive portalWithTestLogin(Class<?>... helpers) {
        File war = new File(System.getProperty("it.runtime"), "ctg-portal-web.war");
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "ctg-portal-it.war").importFrom(war)
                .as(WebArchive.class);
        archive.delete("/WEB-INF/classes/fr/ctgportal/web/security/OidcLogin.class");
        archive.addClasses(AsUser.class, TestUserMechanism.class, Demo.class, ServiceCatalog.class,
                ServiceCatalog.Case.class, ServiceCatalog.Call.class, ServiceCatalog.Services.class, Refusals.class,
                DeployedServices.class, Caller.class, Caller.Check.class, ServiceTableServlet.class, TestPdfs.class,
                StatementCount.class);
        archive.addClasses(helpers);
        return archive;
    }
}

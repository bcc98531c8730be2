package fr.ctgportal.ejb.jobs;

import fr.ctgportal.ejb.doctrine.DoctrineParameters;
import fr.ctgportal.ejb.platform.DomainRules;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date before anything uses it. Flyway owns the schema; demo data
 * (invented posts and staff) are a repeatable migration applied only when {@code ctg.demo-data} is
 * true, which the run command sets for its embedded database and nothing else does. It then loads the
 * doctrine's recorded parameters (so it lives outside {@code ejb.platform}, which knows no feature).
 */
@Singleton
@Interceptors(DomainRules.class)
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(name = "java:app/jdbc/ctg", className = "org.mariadb.jdbc.MariaDbDataSource", url = "${MPCONFIG=ctg.db.url}", user = "${MPCONFIG=ctg.db.user}", password = "${MPCONFIG=ctg.db.password}", minPoolSize = 0, initialPoolSize = 0, maxPoolSize = 20,
        // Validate pooled connections so that the portal recovers by itself after a database restart.
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/ctg")
    private DataSource dataSource;

    @Inject
    private DoctrineParameters doctrineParameters;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        boolean demo = ConfigProvider.getConfig().getOptionalValue("ctg.demo-data", Boolean.class).orElse(false);
        if (demo) {
            locations.add("classpath:db/demo");
        }
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
        LOG.info(() -> "Schema migrated: " + result.migrationsExecuted + " migration(s), demo data " + demo);
        doctrineParameters.load(); // the recorded parameter values, now that their table exists
    }
}

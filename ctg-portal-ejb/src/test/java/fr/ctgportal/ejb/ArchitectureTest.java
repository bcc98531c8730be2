package fr.ctgportal.ejb;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import java.util.Arrays;

/**
 * The architecture of the model and the use cases, checked on the compiled classes (ArchUnit):
 * who may call each session bean method, the domain-rule interceptor on every bean, the layers,
 * and no cycles between feature packages. The web's rules are in the web module.
 */
@AnalyzeClasses(packages = "fr.ctgportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The packages of the use cases' features (each a slice of its own). */
    private static final String[] FEATURES = {"fr.ctgportal.ejb.recruitment..", "fr.ctgportal.ejb.report..",
            "fr.ctgportal.ejb.post..", "fr.ctgportal.ejb.weighing..", "fr.ctgportal.ejb.funding..",
            "fr.ctgportal.ejb.compliance..", "fr.ctgportal.ejb.network..", "fr.ctgportal.ejb.territory..",
            "fr.ctgportal.ejb.account..", "fr.ctgportal.ejb.doctrine..", "fr.ctgportal.ejb.document..",
            "fr.ctgportal.ejb.mail.."};

    private static final DescribedPredicate<JavaClass> SESSION_BEANS = describe("session beans",
            c -> c.isAnnotatedWith(Stateless.class) || c.isAnnotatedWith(Singleton.class)
                    || c.isAnnotatedWith(Stateful.class));

    private static final String DOMAIN_RULES = "fr.ctgportal.ejb.platform.DomainRules";

    @ArchTest
    static final ArchRule everyBusinessMethodDeclaresItsRoles = methods()
            .that().areDeclaredInClassesThat(SESSION_BEANS).and().arePublic().and().areNotStatic()
            .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .should().beAnnotatedWith(RolesAllowed.class)
            .andShould().notBeAnnotatedWith(PermitAll.class)
            .andShould()
            .beDeclaredInClassesThat(are(describe("not @PermitAll", c -> !c.isAnnotatedWith(PermitAll.class))))
            .as("every public method of a session bean declares @RolesAllowed (never @PermitAll, nor nothing)")
            .because("the container then refuses every other role; PortalServicesIT's table checks each one");

    @ArchTest
    static final ArchRule everySessionBeanTranslatesDomainRules = classes()
            .that(SESSION_BEANS)
            .should().beAnnotatedWith(describe("@Interceptors(DomainRules.class)",
                    ArchitectureTest::interceptsWithDomainRules))
            .as("every session bean declares @Interceptors(DomainRules.class)")
            .because("a DomainRuleException raised by an entity must reach the views as an InvalidInputException");

    @ArchTest
    static final ArchRule theModelKnowsNoUseCaseNorView = noClasses()
            .that().resideInAPackage("fr.ctgportal.model..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.ctgportal.ejb..", "fr.ctgportal.web..")
            .as("the model depends on no use case (ejb) and no view (web)");

    @ArchTest
    static final ArchRule theUseCasesKnowNoView = noClasses()
            .that().resideInAPackage("fr.ctgportal.ejb..")
            .should().dependOnClassesThat().resideInAPackage("fr.ctgportal.web..")
            .as("the use cases (ejb) depend on no view (web)");

    @ArchTest
    static final ArchRule theSharedPackagesKnowNoFeature = noClasses()
            .that().resideInAnyPackage("fr.ctgportal.ejb.platform..", "fr.ctgportal.ejb.security..",
                    "fr.ctgportal.ejb.audit..")
            .should().dependOnClassesThat(resideInAnyPackage(FEATURES))
            .as("ejb.platform, ejb.security and ejb.audit depend on no feature package of the use cases")
            .because("the features build on them, not the other way round");

    @ArchTest
    static final ArchRule theModelsFeaturesHaveNoCycle = noCycleBetweenTheFeaturesOf("model");

    @ArchTest
    static final ArchRule theUseCasesFeaturesHaveNoCycle = noCycleBetweenTheFeaturesOf("ejb");

    /** The packages of {@code fr.ctgportal.<layer>} as slices, which no cycle may join. */
    private static ArchRule noCycleBetweenTheFeaturesOf(String layer) {
        return slices().matching("fr.ctgportal." + layer + ".(*)..").namingSlices(layer + ".$1")
                .should().beFreeOfCycles().as("no cycle between the feature packages of " + layer);
    }

    private static boolean interceptsWithDomainRules(JavaAnnotation<?> annotation) {
        return annotation.getRawType().isEquivalentTo(Interceptors.class)
                && annotation.get("value").map(value -> Arrays.stream((Object[]) value)
                        .anyMatch(type -> type instanceof JavaClass c && c.getName().equals(DOMAIN_RULES)))
                        .orElse(false);
    }
}

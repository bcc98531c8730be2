package fr.ctgportal.web;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of the views, checked on the compiled classes (ArchUnit): the views go through
 * the use cases' facade, and their feature packages have no cycle. The model's and the use cases'
 * rules are in the EJB module.
 */
@AnalyzeClasses(packages = "fr.ctgportal.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String PORTAL_DOCTRINE = "fr.ctgportal.ejb.doctrine.PortalDoctrine";

    @ArchTest
    static final ArchRule theViewsDoNotReachTheDocumentStore = noClasses()
            .that().resideInAPackage("fr.ctgportal.web..")
            .should().dependOnClassesThat().haveFullyQualifiedName("fr.ctgportal.ejb.document.DocumentStore")
            .as("the web does not depend on DocumentStore")
            .because("documents are served by the use cases, which check who may read them (@RolesAllowed)");

    @ArchTest
    static final ArchRule theViewsDoNotUseTheDoctrineStatically = noClasses()
            .that().resideInAPackage("fr.ctgportal.web..")
            .should().accessTargetWhere(describe("a static member of PortalDoctrine",
                    access -> access.getTargetOwner().getName().equals(PORTAL_DOCTRINE)
                            && access.getTarget().resolveMember()
                                    .map(member -> member.getModifiers().contains(JavaModifier.STATIC)).orElse(true)))
            .as("the web does not use PortalDoctrine statically")
            .because("the doctrine and the clock are injected");

    @ArchTest
    static final ArchRule theViewsFeaturesHaveNoCycle = slices()
            .matching("fr.ctgportal.web.(*)..").namingSlices("web.$1")
            .should().beFreeOfCycles()
            .as("no cycle between the views' feature packages");
}

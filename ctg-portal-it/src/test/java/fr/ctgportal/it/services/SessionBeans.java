package fr.ctgportal.it.services;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * The session beans of the use-case layer, read by ArchUnit from the compiled EJB classes on the
 * test's class path (on the client: the deployment does not carry ArchUnit).
 */
final class SessionBeans {

    private SessionBeans() {
    }

    /**
     * Every public business method, as {@code "Bean.method [role, ...]"}; fails on one without
     * {@code @RolesAllowed}, or if the import found none of the known beans.
     */
    static Set<String> businessMethodsWithTheirRoles() {
        Set<String> declared = new TreeSet<>();
        Set<String> beans = new TreeSet<>();
        for (JavaClass bean : new ClassFileImporter().importPackages("fr.ctgportal.ejb")) {
            if (bean.isAnnotatedWith(Stateless.class) || bean.isAnnotatedWith(Stateful.class)
                    || bean.isAnnotatedWith(Singleton.class)) {
                beans.add(bean.getSimpleName());
                for (JavaMethod m : bean.getMethods()) {
                    Set<JavaModifier> modifiers = m.getModifiers();
                    if (modifiers.contains(JavaModifier.PUBLIC) && !modifiers.contains(JavaModifier.STATIC)
                            && !modifiers.contains(JavaModifier.SYNTHETIC)) {
                        String id = bean.getSimpleName() + "." + m.getName();
                        assertTrue(m.isAnnotatedWith(RolesAllowed.class), id + " has no @RolesAllowed");
                        declared.add(id + " " + new TreeSet<>(Arrays.asList(
                                m.getAnnotationOfType(RolesAllowed.class).value())));
                    }
                }
            }
        }
        assertTrue(beans.contains("PostService") && beans.contains("FundingSimulator"), "found: " + beans);
        return declared;
    }
}

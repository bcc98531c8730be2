package fr.ctgportal.ejb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public business method of every session bean of this module declares who may call it
 * ({@code @RolesAllowed}, never {@code @PermitAll} nor nothing). Scans the compiled classes, so a
 * new bean or method is checked without anyone listing it.
 */
class RolesAllowedEverywhereTest {

    @Test
    void everyPublicBusinessMethodDeclaresItsRoles() throws Exception {
        List<Class<?>> beans = sessionBeans();
        assertFalse(beans.isEmpty(), "the scan found the session beans");
        List<String> missing = new ArrayList<>();
        for (Class<?> bean : beans) {
            for (Method method : bean.getDeclaredMethods()) {
                boolean business = Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic();
                if (business && (method.getAnnotation(RolesAllowed.class) == null
                        || method.getAnnotation(PermitAll.class) != null || bean.getAnnotation(PermitAll.class) != null)) {
                    missing.add(bean.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), missing, "business methods without an explicit @RolesAllowed");
    }

    private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(RolesAllowedEverywhereTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, RolesAllowedEverywhereTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Stateful.class)
                            || type.isAnnotationPresent(Singleton.class)) {
                        beans.add(type);
                    }
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    throw new IllegalStateException("cannot load " + name, e);
                }
            }
        }
        return beans;
    }
}

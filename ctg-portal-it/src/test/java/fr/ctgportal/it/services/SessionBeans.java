package fr.ctgportal.it.services;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds every session bean of the use-case layer, wherever its classes are (folder or jar). */
final class SessionBeans {

    private static final String PACKAGE = "fr/ctgportal/ejb";

    private SessionBeans() {
    }

    static List<Class<?>> ofTheUseCaseLayer() {
        ClassLoader loader = SessionBeans.class.getClassLoader();
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(PACKAGE))) {
                if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false); // our own copy: closing it must not close the class loader's
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(PACKAGE)).forEach(names::add);
                    }
                } else {
                    Path root = Path.of(url.toURI());
                    try (Stream<Path> files = Files.walk(root)) {
                        files.forEach(f -> names.add(PACKAGE + "/" + root.relativize(f).toString().replace('\\', '/')));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> beans = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class") && !name.contains("$")) {
                try {
                    Class<?> type = Class.forName(name.replace('/', '.').replaceAll("\\.class$", ""), false, loader);
                    if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Stateful.class)
                            || type.isAnnotationPresent(Singleton.class)) {
                        beans.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return beans;
    }
}

package org.learningsociety.core.referencedata;

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
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the files under a folder of the classpath, in every jar and directory that has it. */
final class ClasspathFiles {

    private ClasspathFiles() {
    }

    /** Resource names ({@code folder/name.yaml}) of the files in {@code folder} ending with {@code suffix}. */
    static List<String> list(ClassLoader loader, String folder, String suffix) {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                switch (url.getProtocol()) {
                    case "file" -> {
                        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                                    .forEach(n -> names.add(folder + "/" + n));
                        }
                    }
                    case "jar" -> {
                        JarURLConnection connection = (JarURLConnection) url.openConnection();
                        connection.setUseCaches(false);
                        try (JarFile jar = connection.getJarFile()) {
                            String prefix = connection.getEntryName() == null ? folder + "/"
                                    : connection.getEntryName().replaceAll("/?$", "/");
                            for (JarEntry entry : Collections.list(jar.entries())) {
                                String name = entry.getName();
                                if (name.startsWith(prefix) && name.endsWith(suffix)
                                        && name.indexOf('/', prefix.length()) < 0) {
                                    names.add(folder + "/" + name.substring(prefix.length()));
                                }
                            }
                        }
                    }
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(names);
    }
}

package org.learningsociety.workflow.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.JsonUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The library's own BPMN, DMN and form files: those beside {@value #MARKER} in the
 * {@code learning-society-bpmn} jar (its {@code bpmn/}, {@code dmn/} and {@code forms/} folders), never a
 * portal's files in folders of the same name. Each with its bytes and the keys it defines (processes,
 * decisions, forms), so that the engine can tell them apart from anything else deployed.
 */
public final class LibraryResources {

    /** The file that marks the root of the library's resources. */
    public static final String MARKER = "META-INF/learning-society-bpmn.properties";

    private static final List<String> PATTERNS = List.of("bpmn/*.bpmn", "dmn/*.dmn", "forms/*.form");

    /** One file: its name in the deployment ({@code bpmn/verify.bpmn}), its bytes and the keys it defines. */
    public record Entry(String name, byte[] bytes, Kind kind, Set<String> keys) {

        public enum Kind { PROCESS, DECISION, FORM }

        /** Whether {@code other} holds exactly this file's bytes. */
        boolean sameBytes(byte[] other) {
            return Arrays.equals(bytes, other);
        }
    }

    private final Map<String, Entry> byName;

    private LibraryResources(Map<String, Entry> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** The library's files, read from its jar on {@code classLoader}; none when the jar is absent. */
    public static LibraryResources load(ClassLoader classLoader) {
        URL marker = classLoader.getResource(MARKER);
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (marker == null) {
            return new LibraryResources(entries);
        }
        String markerUrl = marker.toString();
        String root = markerUrl.substring(0, markerUrl.length() - MARKER.length());
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
        try {
            for (String pattern : PATTERNS) {
                for (Resource resource : resolver.getResources(root + pattern)) {
                    String folder = pattern.substring(0, pattern.indexOf('/') + 1);
                    String name = folder + resource.getFilename();
                    byte[] bytes;
                    try (InputStream in = resource.getInputStream()) {
                        bytes = in.readAllBytes();
                    }
                    entries.put(name, entry(name, bytes));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read learning-society's BPMN, DMN and forms from " + root, e);
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("No BPMN, DMN or form file of learning-society found beside " + markerUrl);
        }
        return new LibraryResources(entries);
    }

    /** Files by name, as the library would ship them (tests play an upgrade with them). */
    static LibraryResources of(Map<String, byte[]> files) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        files.forEach((name, bytes) -> entries.put(name, entry(name, bytes)));
        return new LibraryResources(entries);
    }

    /** The library's files as found on the class path of this class. */
    public static LibraryResources load() {
        return load(LibraryResources.class.getClassLoader());
    }

    /** The files, in the order found: processes, then decisions, then forms. */
    public List<Entry> entries() {
        return List.copyOf(byName.values());
    }

    /** Whether {@code bytes} are exactly one of the library's files. */
    public boolean isLibraryFile(byte[] bytes) {
        return byName.values().stream().anyMatch(entry -> entry.sameBytes(bytes));
    }

    /** The keys of the processes the library deploys ({@code annual-cycle}, {@code verify}, {@code yearly-report} …). */
    public Set<String> processKeys() {
        Set<String> keys = new LinkedHashSet<>();
        byName.values().stream().filter(e -> e.kind() == Entry.Kind.PROCESS).forEach(e -> keys.addAll(e.keys()));
        return keys;
    }

    private static Entry entry(String name, byte[] bytes) {
        if (name.endsWith(".bpmn")) {
            Set<String> keys = new LinkedHashSet<>();
            Bpmn.readModelFromStream(new ByteArrayInputStream(bytes)).getModelElementsByType(Process.class)
                    .stream().filter(Process::isExecutable).forEach(p -> keys.add(p.getId()));
            return new Entry(name, bytes, Entry.Kind.PROCESS, keys);
        }
        if (name.endsWith(".dmn")) {
            Set<String> keys = new LinkedHashSet<>();
            Dmn.readModelFromStream(new ByteArrayInputStream(bytes)).getModelElementsByType(Decision.class)
                    .forEach(d -> keys.add(d.getId()));
            return new Entry(name, bytes, Entry.Kind.DECISION, keys);
        }
        String id = JsonUtil.getString(JsonUtil.asObject(new String(bytes, StandardCharsets.UTF_8)), "id");
        return new Entry(name, bytes, Entry.Kind.FORM, id == null || id.isEmpty() ? Set.of() : Set.of(id));
    }
}

package org.learningsociety.workflow.api.openapi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The examples of {@code examples.json}: {@code schemas}, one example per schema name as springdoc names
 * it (a record's simple name), and {@code problems}, one problem per {@code ProblemType} code.
 */
record ExampleFile(Map<String, Object> schemas, Map<String, Object> problems) {

    static final String RESOURCE = "examples.json";

    static ExampleFile starter() {
        try (InputStream in = ExampleFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + ExampleFile.class.getName());
            }
            Map<String, Map<String, Object>> file = new ObjectMapper().readValue(in, new TypeReference<>() { });
            return new ExampleFile(new LinkedHashMap<>(file.getOrDefault("schemas", Map.of())),
                    new LinkedHashMap<>(file.getOrDefault("problems", Map.of())));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }
}

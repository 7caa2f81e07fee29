package org.learningsociety.workflow.api.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Gives every schema of the document its example, with Vietnamese values, where it has none yet (an
 * {@code @Schema(example = …)} or a portal's own customizer wins): the one {@code examples.json} keeps
 * under the schema's name, and for a page of the core's {@code Page<T>} ({@code PageSubjectView} …,
 * {@code items, page, size, total}) one made of its item's example, so a new list needs no entry of its
 * own. The examples are kept in a file rather than in {@code @Schema} annotations because many answers
 * are the core's records, which know nothing of OpenAPI.
 */
public class SchemaExamples implements OpenApiCustomizer {

    private static final String REF = "#/components/schemas/";

    private final Map<String, Object> examples;

    /** With the examples keyed by schema name. */
    public SchemaExamples(Map<String, Object> examples) {
        this.examples = Map.copyOf(examples);
    }

    /** With the examples of the starter's {@code examples.json} ({@code schemas}). */
    public static SchemaExamples withStarterExamples() {
        return new SchemaExamples(ExampleFile.starter().schemas());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        schemas.forEach((name, schema) -> {
            if (schema.getExample() == null && examples.containsKey(name)) {
                schema.setExample(examples.get(name));
            }
        });
        schemas.forEach((name, schema) -> {
            if (schema.getExample() == null) {
                Object page = pageExample(schema, schemas);
                if (page != null) {
                    schema.setExample(page);
                }
            }
        });
    }

    /** One item's example as a first page of 100, if the schema is a page of items that have one. */
    @SuppressWarnings("rawtypes")
    private static Object pageExample(Schema<?> schema, Map<String, Schema> schemas) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null || !properties.keySet().equals(java.util.Set.of("items", "page", "size", "total"))) {
            return null;
        }
        Schema<?> items = properties.get("items").getItems();
        String ref = items == null ? null : items.get$ref();
        Schema<?> item = ref != null && ref.startsWith(REF) ? schemas.get(ref.substring(REF.length())) : null;
        if (item == null || item.getExample() == null) {
            return null;
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", List.of(item.getExample()));
        page.put("page", 0);
        page.put("size", 100);
        page.put("total", 1);
        return page;
    }
}

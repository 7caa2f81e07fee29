package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.api.openapi.ProblemResponses;
import org.learningsociety.workflow.problem.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document springdoc serves for the API ({@code /v3/api-docs}), as a portal team reads it:
 * it parses; every operation has a summary and a description (the controllers' Javadoc), its problem
 * responses in {@code application/problem+json} with an example of each problem type; every schema has
 * an example naming its properties; every endpoint Spring MVC maps is in it. Nothing here lists the
 * API's endpoints or schemas, so a new one is checked as soon as it is mapped; each failure lists what
 * is missing, and where to add it.
 */
class OpenApiDocumentTest extends ApiContextTest {

    private static final Set<String> EVERY_OPERATION = Set.of("400", "401", "403", "404");
    private static final String EXAMPLES = "learning-society-workflow/src/main/resources/org/learningsociety/"
            + "workflow/api/openapi/examples.json";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String text;
    private JsonNode document;

    @BeforeEach
    void fetch() throws Exception {
        text = mvc.perform(get("/v3/api-docs").with(admin())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        document = json.readTree(text);
    }

    @Test
    void theDocumentParsesWithoutMessages() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        assertThat(result.getOpenAPI()).as("the parsed document").isNotNull();
        assertThat(result.getMessages()).as("the parser's messages").isEmpty();
        assertThat(result.getOpenAPI().getPaths()).as("the parsed paths").isNotEmpty();
    }

    @Test
    void everyOperationHasASummaryAndADescription() {
        List<String> missing = new ArrayList<>();
        operations().forEach((name, operation) -> {
            if (operation.path("summary").asText().isBlank()) {
                missing.add(name + ": no summary");
            }
            String summary = operation.path("summary").asText();
            if (summary.contains("\n") || summary.contains("<")) {
                missing.add(name + ": the summary is not one line of plain text: " + summary);
            }
            if (operation.path("description").asText().isBlank()) {
                missing.add(name + ": no description");
            }
        });
        assertThat(missing).as("operations without a summary or a description: write the controller method's "
                + "Javadoc, its first sentence is the summary").isEmpty();
    }

    @Test
    void everySchemaHasAnExampleNamingItsPropertiesAndNoOthers() {
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.size()).as("the document's schemas").isPositive();
        List<String> wrong = new ArrayList<>();
        schemas.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode schema = entry.getValue();
            JsonNode example = schema.path("example");
            if (example.isMissingNode() || example.isNull()) {
                wrong.add(name + ": no example");
                return;
            }
            JsonNode properties = schema.path("properties");
            if (!properties.isObject()) {
                return;
            }
            if (!example.isObject()) {
                wrong.add(name + ": the example is not an object");
                return;
            }
            Set<String> declared = names(properties);
            Set<String> shown = names(example);
            // a record's answer carries every property; a schema that lists the required ones, only those
            Set<String> absent = new TreeSet<>(schema.has("required") ? names(schema.path("required")) : declared);
            absent.removeAll(shown);
            Set<String> unknown = new TreeSet<>(shown);
            unknown.removeAll(declared);
            if (!absent.isEmpty()) {
                wrong.add(name + ": the example lacks " + absent + " (give null where it has no value)");
            }
            if (!unknown.isEmpty()) {
                wrong.add(name + ": the example has " + unknown + ", which the schema has not");
            }
            properties.fields().forEachRemaining(property -> {
                JsonNode values = property.getValue().path("enum");
                JsonNode value = example.path(property.getKey());
                if (values.isArray() && value.isTextual() && !names(values).contains(value.asText())) {
                    wrong.add(name + "." + property.getKey() + ": " + value + " is none of " + values);
                }
            });
        });
        assertThat(wrong).as("schemas without a complete example: add one under its name to " + EXAMPLES
                + " (Vietnamese values; a Page<T> takes its item's)").isEmpty();
    }

    @Test
    void everyOperationAnswersItsProblemsInProblemJsonWithAnExampleOfEachType() {
        List<String> wrong = new ArrayList<>();
        operations().forEach((name, operation) -> {
            JsonNode responses = operation.path("responses");
            Set<String> statuses = names(responses);
            Set<String> lacking = new TreeSet<>(EVERY_OPERATION);
            lacking.removeAll(statuses);
            if (!lacking.isEmpty()) {
                wrong.add(name + ": no " + lacking + " response");
            }
            for (String status : statuses) {
                if (!status.startsWith("4")) {
                    continue;
                }
                JsonNode content = responses.path(status).path("content");
                JsonNode media = content.path(ProblemResponses.PROBLEM_JSON);
                if (!names(content).equals(Set.of(ProblemResponses.PROBLEM_JSON))) {
                    wrong.add(name + " " + status + ": content " + names(content) + ", not only "
                            + ProblemResponses.PROBLEM_JSON);
                }
                if (!media.path("schema").path("$ref").asText().endsWith("/" + ProblemResponses.SCHEMA)) {
                    wrong.add(name + " " + status + ": not the " + ProblemResponses.SCHEMA + " schema");
                }
                String description = responses.path(status).path("description").asText();
                for (ProblemType type : typesOf(status)) {
                    if (!description.contains(type.uri().toString())) {
                        wrong.add(name + " " + status + ": the description does not name " + type.uri());
                    }
                    if (!media.path("examples").has(type.code())) {
                        wrong.add(name + " " + status + ": no example of " + type.code() + " (add it under "
                                + "\"problems\" in " + EXAMPLES + ")");
                    }
                }
            }
        });
        assertThat(wrong).as("operations whose problems are not documented").isEmpty();
    }

    @Test
    void theProblemSchemaNamesEveryProblemType() {
        JsonNode problem = document.path("components").path("schemas").path(ProblemResponses.SCHEMA);
        assertThat(names(problem.path("properties"))).containsAll(List.of("type", "title", "status", "detail",
                "instance", "code", "field", "value", "existingId", "rows"));
        assertThat(names(problem.path("properties").path("code").path("enum"))).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ProblemType.values()).map(ProblemType::code).toList());
        String types = problem.path("properties").path("type").path("description").asText();
        assertThat(Arrays.stream(ProblemType.values()).map(t -> t.uri().toString()).filter(uri -> !types.contains(uri)))
                .as("problem types the schema's type does not name").isEmpty();
        assertThat(problem.path("example").path("detail").asText()).as("a Vietnamese detail").contains("trường");
    }

    @Test
    void everyEndpointTheApiMapsIsInTheDocument() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith(API)) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
                }
            }
        });
        assertThat(mapped).as("the endpoints the API maps").isNotEmpty();
        Set<String> documented = operations().keySet();
        Set<String> undocumented = new TreeSet<>(mapped);
        undocumented.removeAll(documented);
        assertThat(undocumented).as("endpoints missing from the document").isEmpty();
    }

    /** Every operation under the API's path, by {@code "GET /api/…/units/{code}"}. */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        document.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith(API)) {
                path.getValue().fields().forEachRemaining(operation -> {
                    if (HTTP_METHODS.contains(operation.getKey())) {
                        operations.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                                operation.getValue());
                    }
                });
            }
        });
        assertThat(operations).as("the document's operations under " + API).isNotEmpty();
        return operations;
    }

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    private static List<ProblemType> typesOf(String status) {
        return Arrays.stream(ProblemType.values()).filter(t -> String.valueOf(t.status().value()).equals(status))
                .toList();
    }

    /** An object's field names, or an array's values as text. */
    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        if (node.isArray()) {
            node.forEach(value -> names.add(value.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names.stream().collect(Collectors.toCollection(TreeSet::new));
    }
}

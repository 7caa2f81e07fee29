package org.learningsociety.workflow.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningsociety.workflow.api.LearningSocietyApi;
import org.learningsociety.workflow.problem.ProblemType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * Gives every operation of the REST API the problems it can answer, in {@code application/problem+json}
 * with the {@value #SCHEMA} schema: 400, 401, 403 and 404 everywhere; 409 where it changes something
 * (a record that exists, a concurrent change, a lock, a state that does not allow it); 422 on a
 * {@code POST} (an {@code Idempotency-Key} reused); 415 where it reads a body, 413 where that body is a
 * file. Each response lists the problem types of its status, taken from {@link ProblemType} so that a
 * new kind is documented at once, with a Vietnamese example of each from {@code examples.json}.
 *
 * <p>An {@link OperationCustomizer}, as it needs the handler method to tell what an operation reads, and
 * an {@link OpenApiCustomizer} for the {@value #SCHEMA} schema itself. Operations outside
 * {@value LearningSocietyApi#BASE_PATH} (a portal's own) are left as they are.
 */
public class ProblemResponses implements OperationCustomizer, OpenApiCustomizer {

    /** The name of the problem's schema in {@code components.schemas}. */
    public static final String SCHEMA = "Problem";
    /** The media type of every problem. */
    public static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final Map<String, Object> examples;

    /** With the problems' examples keyed by {@link ProblemType#code()}. */
    public ProblemResponses(Map<String, Object> examples) {
        this.examples = Map.copyOf(examples);
    }

    /** With the examples of the starter's {@code examples.json} ({@code problems}). */
    public static ProblemResponses withStarterExamples() {
        return new ProblemResponses(ExampleFile.starter().problems());
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Set<RequestMethod> methods = apiMethods(handler);
        if (methods.isEmpty()) {
            return operation;
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        for (HttpStatus status : statuses(methods, handler)) {
            responses.addApiResponse(String.valueOf(status.value()), response(status));
        }
        operation.setResponses(responses);
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(SCHEMA, schema());
    }

    /** The statuses the handler can answer with a problem, in order. */
    static Set<HttpStatus> statuses(Set<RequestMethod> methods, HandlerMethod handler) {
        Set<HttpStatus> statuses = EnumSet.of(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN,
                HttpStatus.NOT_FOUND);
        boolean changes = methods.stream().anyMatch(m -> m != RequestMethod.GET && m != RequestMethod.HEAD
                && m != RequestMethod.OPTIONS);
        if (changes) {
            statuses.add(HttpStatus.CONFLICT);
        }
        if (methods.contains(RequestMethod.POST)) {
            statuses.add(HttpStatus.UNPROCESSABLE_ENTITY);
        }
        boolean file = Arrays.stream(handler.getMethodParameters()).anyMatch(p -> readsAFile(p, changes));
        boolean body = file || Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
        if (file) {
            statuses.add(HttpStatus.PAYLOAD_TOO_LARGE);
        }
        if (body) {
            statuses.add(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        }
        return statuses;
    }

    /** A multipart file, or the raw request whose body the handler streams itself (an import). */
    private static boolean readsAFile(MethodParameter parameter, boolean changes) {
        Class<?> type = parameter.getParameterType();
        return MultipartFile.class.isAssignableFrom(type) || InputStream.class.isAssignableFrom(type)
                || changes && "jakarta.servlet.http.HttpServletRequest".equals(type.getName());
    }

    /** The handler's HTTP methods if it answers under the API's path, else none. */
    private static Set<RequestMethod> apiMethods(HandlerMethod handler) {
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        RequestMapping method = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (method == null) {
            return Set.of();
        }
        List<String> prefixes = type == null || type.path().length == 0 ? List.of("") : List.of(type.path());
        List<String> paths = method.path().length == 0 ? List.of("") : List.of(method.path());
        boolean api = prefixes.stream().anyMatch(prefix -> paths.stream()
                .anyMatch(path -> (prefix + path).startsWith(LearningSocietyApi.BASE_PATH)));
        if (!api) {
            return Set.of();
        }
        return method.method().length == 0 ? EnumSet.allOf(RequestMethod.class) : EnumSet.copyOf(List.of(method.method()));
    }

    /** The response of a status: its problem types in the description, an example of each. */
    ApiResponse response(HttpStatus status) {
        List<ProblemType> types = Arrays.stream(ProblemType.values()).filter(t -> t.status() == status).toList();
        StringBuilder description = new StringBuilder(status.getReasonPhrase())
                .append(": a problem (`").append(PROBLEM_JSON).append("`) of one of these types:\n");
        for (ProblemType type : types) {
            description.append("\n- `").append(type.code()).append("` — ").append(type.title()).append(" (")
                    .append(type.uri()).append(')');
        }
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA));
        for (ProblemType type : types) {
            Object example = examples.get(type.code());
            if (example != null) {
                media.addExamples(type.code(), new Example().summary(type.title()).value(example));
            }
        }
        return new ApiResponse().description(description.toString()).content(new Content().addMediaType(PROBLEM_JSON, media));
    }

    /** The problem as RFC 9457 and {@code docs/api-problems.md} describe it. */
    Schema<?> schema() {
        List<String> codes = Arrays.stream(ProblemType.values()).map(ProblemType::code).toList();
        String typeList = Arrays.stream(ProblemType.values())
                .map(t -> "`" + t.uri() + "` (" + t.status().value() + ")").collect(Collectors.joining(", "));
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri")
                .description("The kind of refusal, one stable URI each: " + typeList + "."));
        properties.put("title", new StringSchema().description("The kind in Vietnamese; programs decide on `code` or `type`."));
        properties.put("status", new IntegerSchema().description("The HTTP status."));
        properties.put("detail", new StringSchema()
                .description("What was refused and why, in Vietnamese, ending with `(trường: …, giá trị: …)`."));
        properties.put("instance", new StringSchema().format("uri").description("The path of the refused request."));
        StringSchema code = new StringSchema();
        codes.forEach(code::addEnumItem);
        properties.put("code", code.description("The kind as a code, for programs: the same as `type`."));
        properties.put("field", new StringSchema().description("The field, parameter or header refused."));
        properties.put("value", new StringSchema().nullable(true).description("The value refused, as text."));
        properties.put("existingId", new Schema<>().description(
                "`ALREADY_EXISTS` only, where known: the id (a number) or code (a text) of the record that exists."));
        properties.put("rows", new ArraySchema().items(new ObjectSchema()
                        .addProperty("row", new IntegerSchema().description("The row's number in the list, from 1."))
                        .addProperty("field", new StringSchema())
                        .addProperty("value", new StringSchema().nullable(true))
                        .addProperty("detail", new StringSchema().description("Why, in Vietnamese.")))
                .description("A list refused as a whole: every refused row."));
        ObjectSchema schema = new ObjectSchema();
        schema.setProperties(properties);
        // the others are there when they apply: existingId for ALREADY_EXISTS, rows for a list refused
        schema.setRequired(List.of("type", "title", "status", "detail", "code"));
        schema.description("An RFC 9457 problem: every refusal of the API. See docs/api-problems.md.");
        schema.setExample(examples.getOrDefault(ProblemType.INVALID_INPUT.code(), null));
        return schema;
    }
}

package org.learningsociety.workflow.api.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.regex.Pattern;
import org.learningsociety.workflow.api.LearningSocietyApi;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Makes the API's operation summaries plain one-line text. springdoc takes a summary from the first
 * sentence of the method's Javadoc, with {@code {@code x}} as {@code <code>x</code>} and the comment's
 * line breaks, which Swagger UI and generated clients show as they are (a summary is not Markdown,
 * unlike the description, which keeps them): here {@code <code>x</code>} becomes {@code `x`}, other tags
 * go, and white space runs become one space.
 */
public class PlainSummaries implements OpenApiCustomizer {

    private static final Pattern CODE = Pattern.compile("</?code>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith(LearningSocietyApi.BASE_PATH)) {
                item.readOperations().stream().filter(operation -> operation.getSummary() != null)
                        .forEach(operation -> operation.setSummary(plain(operation.getSummary())));
            }
        });
    }

    static String plain(String summary) {
        String text = TAG.matcher(CODE.matcher(summary).replaceAll("`")).replaceAll("");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}

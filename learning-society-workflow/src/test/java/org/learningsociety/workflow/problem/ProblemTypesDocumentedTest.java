package org.learningsociety.workflow.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every kind of refusal the API can answer is a row of docs/api-problems.md, with its URI and status. */
class ProblemTypesDocumentedTest {

    private static final Path DOC = Path.of("..", "docs", "api-problems.md");

    @Test
    void everyProblemTypeIsDocumentedWithItsUriAndStatus() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (ProblemType type : ProblemType.values()) {
            assertThat(doc).as(type.code()).contains("| `" + type.code() + "` | `" + type.uri() + "` | "
                    + type.status().value() + " |");
        }
    }

    @Test
    void theDocumentListsNoCodeThatIsNotMade() throws Exception {
        Matcher row = Pattern.compile("^\\| `([A-Z_]+)` \\| `https", Pattern.MULTILINE)
                .matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        while (row.find()) {
            assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::code)).contains(row.group(1));
        }
    }

    @Test
    void typeUrisShareOneBaseAndAreDistinct() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri))
                .allSatisfy(uri -> assertThat(uri.toString()).startsWith(ProblemType.BASE))
                .doesNotHaveDuplicates();
    }
}

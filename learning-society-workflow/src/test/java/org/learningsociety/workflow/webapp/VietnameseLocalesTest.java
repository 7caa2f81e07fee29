package org.learningsociety.workflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The starter's {@code vi} locale files against the {@code en} ones of the Camunda webjar on the classpath
 * (the version the portal runs): every key there, the same placeholders, nothing left in English.
 */
class VietnameseLocalesTest {

    static final List<String> APPS = VietnameseWebappFilter.APPS;

    /** Values that read the same in Vietnamese: product names and comparison signs. */
    private static final Set<String> SAME_IN_VIETNAMESE = Set.of("Camunda", "Cockpit", "", "<", "<=", ">", ">=");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}|%[sd]");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @FieldSource("APPS")
    void hasEveryKeyOfCamundasEnglishLocale(String app) throws IOException {
        JsonNode english = camundas(app);
        JsonNode vietnamese = ours(app);

        assertThat(keys(vietnamese)).containsAll(keys(english));
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void keepsEveryPlaceholderOfTheEnglishText(String app) throws IOException {
        Map<String, String> english = texts(camundas(app));
        Map<String, String> vietnamese = texts(ours(app));

        List<String> broken = new ArrayList<>();
        english.forEach((key, text) -> {
            if (!placeholders(text).equals(placeholders(vietnamese.getOrDefault(key, "")))) {
                broken.add(key + ": " + text + " -> " + vietnamese.get(key));
            }
        });
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void leavesNoTextInEnglish(String app) throws IOException {
        Map<String, String> english = texts(camundas(app));
        Map<String, String> vietnamese = texts(ours(app));

        List<String> untranslated = new ArrayList<>();
        english.forEach((key, text) -> {
            String ours = vietnamese.get(key);
            if (text.equals(ours) && !SAME_IN_VIETNAMESE.contains(text) && !isDateFormat(key)) {
                untranslated.add(key + ": " + text);
            }
        });
        assertThat(untranslated).isEmpty();
        assertThat(vietnamese.get("labels.SELECT_TASK_IN_LIST")).isIn(null, "Chọn một công việc trong danh sách.");
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void datesReadDayMonthYear(String app) throws IOException {
        JsonNode dates = ours(app).path("dateLocales");
        if (camundas(app).has("dateLocales")) {
            assertThat(dates.path("longDateFormat").path("L").asText()).isEqualTo("DD/MM/YYYY");
            assertThat(dates.path("longDateFormat").path("LLL").asText()).startsWith("DD/MM/YYYY");
            assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("Thứ hai");
        }
    }

    /** Moment.js patterns ({@code DD/MM/YYYY}, {@code HH:mm}), which may rightly read as the English ones. */
    private static boolean isDateFormat(String key) {
        return key.startsWith("dateLocales.longDateFormat.") || key.equals("dateLocales.calendar.sameElse");
    }

    private JsonNode camundas(String app) throws IOException {
        return read("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json");
    }

    private JsonNode ours(String app) throws IOException {
        return read("org/learningsociety/workflow/webapp/" + app + "/locales/vi.json");
    }

    private JsonNode read(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    private static Set<String> keys(JsonNode node) {
        return texts(node).keySet();
    }

    /** Every text of the file by its path ({@code labels.CLAIM_TASK}, {@code dateLocales.months.0}). */
    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> texts = new java.util.TreeMap<>();
        collect("", node, texts);
        return texts;
    }

    private static void collect(String path, JsonNode node, Map<String, String> texts) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), texts);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "." + i, node.get(i), texts);
            }
        } else if (node.isTextual()) {
            texts.put(path, node.asText());
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) != null ? matcher.group(1) : matcher.group());
        }
        return found;
    }
}

package org.learningsociety.core.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Shipped plan and criteria files, each mutated once at random — a wrong type, a value out of range,
 * an unknown key, a missing required key, a bad date — are refused with a {@link MalformedDataException}
 * naming the file and the line, never read as a plan or a criteria set.
 */
class MalformedReferenceDataProperties {

    static final int PLAN_TRIES = 300;
    static final int CRITERIA_TRIES = 300;

    private static final String PLAN = "plans/programme-387.yaml";
    private static final String CRITERIA = "criteria/family-448-2015.yaml";

    enum PlanMutation {
        UNKNOWN_TOP_KEY, VERSION_NOT_A_NUMBER, VERSION_BELOW_ONE, BAD_ISSUED_ON, MISSING_REQUIRED_KEY, WRONG_SCHEMA,
        UNKNOWN_STATUS, TARGET_VALUE_OUT_OF_RANGE, TARGET_YEAR_OUTSIDE_PHASES, TARGET_VALUE_NOT_A_NUMBER,
        UNKNOWN_KEY_IN_TARGET, SCOPE_LEVEL_UNKNOWN
    }

    enum CriteriaMutation {
        UNKNOWN_TOP_KEY, VALID_FROM_NOT_A_NUMBER, INDICATOR_POINTS_CHANGED, MISSING_REQUIRED_KEY, UNKNOWN_MODEL,
        MINIMUM_TOTAL_OUT_OF_RANGE, VALID_TO_BEFORE_VALID_FROM, UNKNOWN_KEY_IN_INDICATOR, WRONG_SCHEMA,
        MAX_TOTAL_WRONG
    }

    record Mutated(Enum<?> mutation, String text) { }

    @Property(tries = PLAN_TRIES, generation = GenerationMode.RANDOMIZED)
    void everyMutatedPlanFileIsRefusedNamingTheFileAndLine(@ForAll("plans") Mutated mutated) {
        MalformedDataException refusal = catchThrowableOfType(() -> PlanFile.read(PLAN, stream(mutated.text())),
                MalformedDataException.class);

        assertRefused(mutated, refusal, PLAN);
    }

    @Property(tries = CRITERIA_TRIES, generation = GenerationMode.RANDOMIZED)
    void everyMutatedCriteriaFileIsRefusedNamingTheFileAndLine(@ForAll("criteria") Mutated mutated) {
        MalformedDataException refusal = catchThrowableOfType(() -> CriteriaFile.read(CRITERIA, stream(mutated.text())),
                MalformedDataException.class);

        assertRefused(mutated, refusal, CRITERIA);
    }

    private static void assertRefused(Mutated mutated, MalformedDataException refusal, String file) {
        assertThat(refusal).as(mutated.mutation() + " was read").isNotNull();
        assertThat(refusal.file()).isEqualTo(file);
        assertThat(refusal.line()).as(refusal.getMessage()).isPositive();
        assertThat(refusal.getMessage()).startsWith(file + ", dòng " + refusal.line() + ": ");
        assertThat(refusal.reason()).isNotBlank();
    }

    @Provide
    Arbitrary<Mutated> plans() {
        String valid = shipped(PLAN);
        return Combinators.combine(Arbitraries.of(PlanMutation.class), words(), Arbitraries.integers().between(1, 5000),
                Arbitraries.integers().between(0, 20)).as((m, word, n, pick) -> new Mutated(m, switch (m) {
                    case UNKNOWN_TOP_KEY -> valid + "\nx_" + word + ": " + n + "\n";
                    case VERSION_NOT_A_NUMBER -> replaceTop(valid, "version", "\"v" + word + "\"");
                    case VERSION_BELOW_ONE -> replaceTop(valid, "version", Integer.toString(-n % 1000));
                    case BAD_ISSUED_ON -> replaceTop(valid, "issuedOn", badDate(word, n));
                    case MISSING_REQUIRED_KEY -> removeTop(valid, pickOf(List.of("schema", "id", "version", "status",
                            "programme", "issuer", "issuedOn", "title", "scope", "phases"), pick));
                    case WRONG_SCHEMA -> replaceTop(valid, "schema", "learning-society/plan/v" + (n + 1));
                    case UNKNOWN_STATUS -> replaceTop(valid, "status", "X" + word.toUpperCase());
                    case TARGET_VALUE_OUT_OF_RANGE -> replaceFirst(valid, "value: 55", "value: "
                            + (pick % 2 == 0 ? 100 + n : -n));
                    case TARGET_YEAR_OUTSIDE_PHASES -> replaceFirst(valid, "year: 2022, value: 55",
                            "year: " + (pick % 2 == 0 ? 2030 + n : 2020 - n) + ", value: 55");
                    case TARGET_VALUE_NOT_A_NUMBER -> replaceFirst(valid, "value: 55", "value: " + word);
                    case UNKNOWN_KEY_IN_TARGET -> replaceFirst(valid, "value: 55 }", "value: 55, x_" + word + ": 1 }");
                    case SCOPE_LEVEL_UNKNOWN -> replaceFirst(valid, "level: CENTRE", "level: "
                            + pickOf(List.of("COMMUNE", "DISTRICT", "VILLAGE", "X" + word.toUpperCase()), pick));
                }));
    }

    @Provide
    Arbitrary<Mutated> criteria() {
        String valid = shipped(CRITERIA);
        return Combinators.combine(Arbitraries.of(CriteriaMutation.class), words(), Arbitraries.integers().between(1, 5000),
                Arbitraries.integers().between(0, 20)).as((m, word, n, pick) -> new Mutated(m, switch (m) {
                    case UNKNOWN_TOP_KEY -> valid + "\nx_" + word + ": " + n + "\n";
                    case VALID_FROM_NOT_A_NUMBER -> replaceTop(valid, "validFromYear", "\"y" + word + "\"");
                    case INDICATOR_POINTS_CHANGED -> replaceFirst(valid, "maxPoints: 10,", "maxPoints: "
                            + (pick % 2 == 0 ? 10 + n : -n) + ",");
                    case MISSING_REQUIRED_KEY -> removeTop(valid, pickOf(List.of("schema", "id", "model", "version",
                            "name", "basis", "validFromYear"), pick));
                    case UNKNOWN_MODEL -> replaceTop(valid, "model", "X" + word.toUpperCase());
                    case MINIMUM_TOTAL_OUT_OF_RANGE -> replaceFirst(valid, "minimumTotal: 80", "minimumTotal: "
                            + (pick % 2 == 0 ? 100 + n : -n % 1000));
                    case VALID_TO_BEFORE_VALID_FROM -> valid + "\nvalidToYear: " + (2016 - n) + "\n";
                    case UNKNOWN_KEY_IN_INDICATOR -> replaceFirst(valid, "maxPoints: 10,", "maxPoints: 10, x_" + word
                            + ": 1,");
                    case WRONG_SCHEMA -> replaceTop(valid, "schema", "learning-society/criteria/v" + (n + 1));
                    case MAX_TOTAL_WRONG -> replaceFirst(valid, "maxTotal: 100", "maxTotal: "
                            + (pick % 2 == 0 ? 100 + n : 100 - n));
                }));
    }

    private static Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz").ofMinLength(1).ofMaxLength(10);
    }

    private static String badDate(String word, int n) {
        return switch (n % 4) {
            case 0 -> "2022-13-" + String.format("%02d", 1 + n % 28);
            case 1 -> "2022-02-" + (30 + n % 2);
            case 2 -> "\"" + word + "\"";
            default -> "25/03/" + (2000 + n % 50);
        };
    }

    private static <T> T pickOf(List<T> options, int pick) {
        return options.get(pick % options.size());
    }

    /** Replaces the value of the top-level {@code key: value} line. */
    static String replaceTop(String text, String key, String value) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(key) + ":.*$").matcher(text);
        if (!line.find()) {
            throw new IllegalStateException("no top-level " + key);
        }
        return text.substring(0, line.start()) + key + ": " + value + text.substring(line.end());
    }

    /** Removes the top-level {@code key}, with its block if it has one. */
    static String removeTop(String text, String key) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(key) + ":.*$").matcher(text);
        if (!line.find()) {
            throw new IllegalStateException("no top-level " + key);
        }
        Matcher next = Pattern.compile("(?m)^[A-Za-z]").matcher(text);
        int end = next.find(line.end()) ? next.start() : text.length();
        return text.substring(0, line.start()) + text.substring(end);
    }

    static String replaceFirst(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalStateException("no " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    private static String shipped(String file) {
        try (InputStream in = MalformedReferenceDataProperties.class
                .getResourceAsStream("/org/learningsociety/referencedata/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

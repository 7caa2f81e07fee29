package org.learningsociety.core.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.learningsociety.core.fixtures.Services;
import org.learningsociety.core.shared.InvalidInputException;

/**
 * Generated broken CSV files: a few good rows, then one bad line of a kind below. Each is refused
 * with an {@link InvalidInputException} naming the file's line, and nothing of the file is stored.
 */
class ImportingMalformedCsvProperties {

    static final int TRIES = 300;

    enum Breakage {
        BAD_HEADER, TOO_FEW_COLUMNS, TOO_MANY_COLUMNS, UNKNOWN_UNIT, DUPLICATE_IN_FILE, DUPLICATE_OF_STORED,
        NAME_TOO_LONG, EMPTY_NAME, EMPTY_EXTERNAL_ID, EMPTY_UNIT, EXTERNAL_ID_TOO_LONG, UNCLOSED_QUOTE
    }

    /** A broken file and the line its refusal must name. */
    record Broken(Breakage kind, String csv, int badLine) { }

    @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED)
    void everyBrokenFileIsRefusedNamingItsLineAndStoresNothing(@ForAll("brokenFiles") Broken broken) {
        Services services = Services.haiPhong();
        services.subjectCatalogue().add(new SubjectCatalogue.NewSubject(LearningModel.FAMILY, "10507-TDP1",
                "Hộ đã có", "STORED-1"));
        SubjectImport importer = new SubjectImport(services.subjectCatalogue(), services.transactions());
        Object before = services.state();

        InvalidInputException refusal = catchThrowableOfType(() -> importer.importCsv(LearningModel.FAMILY,
                new ByteArrayInputStream(broken.csv().getBytes(StandardCharsets.UTF_8)), "ho-gia-dinh.csv"),
                InvalidInputException.class);

        assertThat(refusal).as(broken.kind() + ":\n" + broken.csv()).isNotNull();
        String line = "ho-gia-dinh.csv, dòng " + broken.badLine();
        assertThat(refusal.field().equals(line) || refusal.field().startsWith(line + ","))
                .as(broken.kind() + " names " + line + ": " + refusal.getMessage()).isTrue();
        assertThat(refusal.getMessage()).contains("(trường: ", "giá trị: ");
        assertThat(services.state()).isEqualTo(before);
    }

    @Provide
    Arbitrary<Broken> brokenFiles() {
        Arbitrary<Integer> goodRows = Arbitraries.integers().between(0, 6);
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzđăâêôơư").ofMinLength(1)
                .ofMaxLength(12);
        Arbitrary<Integer> size = Arbitraries.integers().between(Subject.MAX_NAME_LENGTH + 1, 3000);
        return Combinators.combine(Arbitraries.of(Breakage.class), goodRows, word, size, Arbitraries.integers()
                .between(1, 6)).as(ImportingMalformedCsvProperties::broken);
    }

    private static Broken broken(Breakage kind, int good, String word, int size, int extra) {
        List<String> lines = new ArrayList<>();
        lines.add(kind == Breakage.BAD_HEADER ? badHeader(word, extra) : String.join(",", SubjectImport.HEADER));
        for (int i = 0; i < good; i++) {
            lines.add("HGD-" + i + ",Hộ " + word + " " + i + ",10507-TDP1");
        }
        String bad = switch (kind) {
            case BAD_HEADER -> "HGD-X,Hộ X,10507-TDP1";
            case TOO_FEW_COLUMNS -> extra % 2 == 0 ? "HGD-X,Hộ " + word : "HGD-X" + word;
            case TOO_MANY_COLUMNS -> "HGD-X,Hộ X,10507-TDP1" + ",".repeat(extra) + word;
            case UNKNOWN_UNIT -> "HGD-X,Hộ X,ZZ" + word.hashCode();
            case DUPLICATE_IN_FILE -> good == 0 ? "HGD-D,Hộ D,10507-TDP1\nHGD-D,Hộ " + word + ",10507-TDP1"
                    : "HGD-0,Hộ " + word + ",10507-TDP1";
            case DUPLICATE_OF_STORED -> "STORED-1,Hộ " + word + ",10507-TDP1";
            case NAME_TOO_LONG -> "HGD-X,\"" + "Hộ <b>" + "x".repeat(size) + "\",10507-TDP1";
            case EMPTY_NAME -> "HGD-X," + " ".repeat(extra % 3) + ",10507-TDP1";
            case EMPTY_EXTERNAL_ID -> " ".repeat(extra % 3) + ",Hộ " + word + ",10507-TDP1";
            case EMPTY_UNIT -> "HGD-X,Hộ " + word + ",";
            case EXTERNAL_ID_TOO_LONG -> "H".repeat(100 + extra) + ",Hộ " + word + ",10507-TDP1";
            case UNCLOSED_QUOTE -> "HGD-X,\"Hộ " + word + ",10507-TDP1";
        };
        int badLine = switch (kind) {
            case BAD_HEADER -> 1;
            case DUPLICATE_IN_FILE -> good == 0 ? 3 : 2 + good;
            default -> 2 + good;
        };
        lines.add(bad);
        if (kind != Breakage.UNCLOSED_QUOTE) {
            for (int i = 0; i < extra; i++) {
                lines.add("HGD-T" + i + ",Hộ sau " + i + ",10507-TDP1");
            }
        }
        return new Broken(kind, String.join("\n", lines) + "\n", badLine);
    }

    private static String badHeader(String word, int variant) {
        return switch (variant % 4) {
            case 0 -> "name,external_id,unit_code";
            case 1 -> "external_id,name";
            case 2 -> "external_id,name,unit_code," + word;
            default -> word + ",name,unit_code";
        };
    }
}

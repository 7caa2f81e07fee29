package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.learningsociety.core.fakes.TestClock;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.SubjectImport;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/** Households imported from a portal's CSV: all rows, or none and the line that was refused. */
class SubjectImportTest {

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static SubjectImport importer(Store store) {
        MyBatisPersistence p = store.persistence();
        var units = p.units();
        p.transactions().run(() -> {
            UnitId centre = units.nextIds(3);
            LocalDate from = LocalDate.of(2025, 7, 1);
            units.addAll(java.util.List.of(
                    new AdministrativeUnit(centre, "VN", "Việt Nam", UnitLevel.CENTRE, null, Period.from(from), null),
                    new AdministrativeUnit(new UnitId(centre.value() + 1), "10507", "Phường Thành Đông",
                            UnitLevel.COMMUNE, centre, Period.from(from), null),
                    new AdministrativeUnit(new UnitId(centre.value() + 2), "1050701", "Tổ dân phố 1",
                            UnitLevel.VILLAGE, new UnitId(centre.value() + 1), Period.from(from), null)));
        });
        TestClock clock = TestClock.on(LocalDate.of(2026, 1, 10));
        return new SubjectImport(new SubjectCatalogue(p.subjects(), units, p.transactions(), clock), p.transactions());
    }

    @OnBothDatabases
    void importsEveryRowOfAWellFormedFile(Database database) {
        try (Store store = database.freshStore()) {
            var report = importer(store).importCsv(LearningModel.FAMILY, csv("""
                    external_id,name,unit_code
                    HGD-001,"Hộ ông Nguyễn Văn An",1050701
                    HGD-002,Hộ bà Trần Thị Bình,1050701
                    HGD-003,"Hộ ông Lê Văn Cường, con trai",1050701
                    """), "ho-gia-dinh.csv");

            assertThat(report.imported()).isEqualTo(3);
            assertThat(store.count("ls_subject")).isEqualTo(3);
            assertThat(store.persistence().subjects().findByExternalId(LearningModel.FAMILY, "HGD-003").orElseThrow()
                    .name()).isEqualTo("Hộ ông Lê Văn Cường, con trai");
        }
    }

    @OnBothDatabases
    void anUnknownUnitOnALaterLineFailsTheImportNamingTheLineAndStoresNothing(Database database) {
        try (Store store = database.freshStore()) {
            SubjectImport importer = importer(store);
            assertThatThrownBy(() -> importer.importCsv(LearningModel.FAMILY, csv("""
                    external_id,name,unit_code
                    HGD-001,Hộ ông An,1050701
                    HGD-002,Hộ bà Bình,9999999
                    """), "ho-gia-dinh.csv")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("ho-gia-dinh.csv, dòng 3, unitCode");
                        assertThat(e.value()).isEqualTo("9999999");
                    });
            assertThat(store.count("ls_subject")).isZero();
        }
    }

    @OnBothDatabases
    void aDuplicateIdInTheFileOrInTheDatabaseIsRefused(Database database) {
        try (Store store = database.freshStore()) {
            SubjectImport importer = importer(store);
            assertThatThrownBy(() -> importer.importCsv(LearningModel.FAMILY, csv("""
                    external_id,name,unit_code
                    HGD-001,Hộ ông An,1050701
                    HGD-001,Hộ bà Bình,1050701
                    """), "a.csv")).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.field()).isEqualTo("a.csv, dòng 3, cột external_id"));

            importer.importCsv(LearningModel.FAMILY, csv("external_id,name,unit_code\nHGD-001,Hộ ông An,1050701\n"), "b.csv");
            assertThatThrownBy(() -> importer.importCsv(LearningModel.FAMILY,
                    csv("external_id,name,unit_code\nHGD-002,Hộ bà Bình,1050701\nHGD-001,Hộ ông An,1050701\n"), "c.csv"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("c.csv, dòng 3, externalId");
                        assertThat(e.value()).isEqualTo("HGD-001");
                    });
            assertThat(store.count("ls_subject")).isEqualTo(1);
        }
    }

    @OnBothDatabases
    void aWrongHeaderOrColumnCountIsRefused(Database database) {
        try (Store store = database.freshStore()) {
            SubjectImport importer = importer(store);
            assertThatThrownBy(() -> importer.importCsv(LearningModel.FAMILY, csv("ma,ten,don_vi\n"), "d.csv"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("d.csv, dòng 1"));
            assertThatThrownBy(() -> importer.importCsv(LearningModel.FAMILY,
                    csv("external_id,name,unit_code\nHGD-001,Hộ ông An\n"), "e.csv"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("e.csv, dòng 2"));
            assertThat(store.count("ls_subject")).isZero();
        }
    }
}

package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.learningsociety.core.fakes.TestClock;
import org.learningsociety.core.shared.Csv;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.subject.ImportJob;
import org.learningsociety.core.subject.ImportStatus;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.ProvinceImports;
import org.learningsociety.core.subject.RowSource;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.SubjectFileCheck;
import org.learningsociety.core.subject.SubjectImport;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/** A province's file imported as a job: checked whole and every refused row listed, or stored whole. */
class ProvinceImportsTest {

    private static RowSource csv(String text) {
        return each -> Csv.forEach(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "tinh.csv", each);
    }

    private static ProvinceImports imports(Store store) {
        MyBatisPersistence p = store.persistence();
        var units = p.units();
        p.transactions().run(() -> {
            UnitId vn = units.nextIds(6);
            UnitId centre = new UnitId(vn.value() + 5);
            LocalDate from = LocalDate.of(2025, 7, 1);
            units.addAll(List.of(
                    new AdministrativeUnit(vn, "VN", "Việt Nam", UnitLevel.CENTRE, null, Period.from(from), null),
                    new AdministrativeUnit(centre, "31", "Thành phố Hải Phòng", UnitLevel.PROVINCE, vn, Period.from(from), null),
                    new AdministrativeUnit(new UnitId(centre.value() + 1), "10507", "Phường Thành Đông",
                            UnitLevel.COMMUNE, centre, Period.from(from), null),
                    new AdministrativeUnit(new UnitId(centre.value() + 2), "1050701", "Tổ dân phố 1",
                            UnitLevel.VILLAGE, new UnitId(centre.value() + 1), Period.from(from), null),
                    new AdministrativeUnit(new UnitId(centre.value() + 3), "10525", "Phường Hải Dương",
                            UnitLevel.COMMUNE, centre, Period.from(from), null),
                    new AdministrativeUnit(new UnitId(centre.value() + 4), "1052501", "Tổ dân phố 1",
                            UnitLevel.VILLAGE, new UnitId(centre.value() + 3), Period.from(from), null)));
        });
        TestClock clock = TestClock.on(LocalDate.of(2026, 1, 10));
        SubjectCatalogue catalogue = new SubjectCatalogue(p.subjects(), units, p.transactions(), clock);
        return new ProvinceImports(p.importJobs(), new SubjectFileCheck(p.subjects(), units, clock),
                new SubjectImport(catalogue, p.transactions()), clock);
    }

    @OnBothDatabases
    void aWellFormedFileIsStoredWholeAndTheJobSaysHowManyRows(Database database) {
        try (Store store = database.freshStore()) {
            ProvinceImports imports = imports(store);
            ImportJob queued = imports.queue(LearningModel.FAMILY, "31", "tinh.csv", "thidua.haiphong");
            assertThat(imports.find(queued.id()).orElseThrow().status()).isEqualTo(ImportStatus.QUEUED);
            List<Long> progress = new ArrayList<>();

            ImportJob done = imports.run(queued.id(), csv("""
                    external_id,name,unit_code
                    HGD-1,Hộ ông Nguyễn Văn An,1050701
                    HGD-2,Hộ bà Trần Thị Bình,1052501

                    HGD-3,"Hộ ông Lê Văn Cường, con trai",1050701
                    """), unit -> true, progress::add);

            assertThat(done.status()).isEqualTo(ImportStatus.DONE);
            assertThat(done.rowsChecked()).isEqualTo(3);
            assertThat(done.rowsImported()).isEqualTo(3);
            assertThat(progress).last().isEqualTo(3L);
            assertThat(store.count("ls_subject")).isEqualTo(3);
            ImportJob read = imports.find(queued.id()).orElseThrow();
            assertThat(read).usingRecursiveComparison().ignoringFields("createdAt", "finishedAt").isEqualTo(done);
            assertThat(read.finishedAt()).isNotNull();
            assertThat(read.createdBy()).isEqualTo("thidua.haiphong");
        }
    }

    @OnBothDatabases
    void everyRefusedRowIsListedWithItsLineColumnAndReasonAndNothingIsStored(Database database) {
        try (Store store = database.freshStore()) {
            ProvinceImports imports = imports(store);
            ImportJob first = imports.queue(LearningModel.FAMILY, "31", "truoc.csv", "a");
            imports.run(first.id(), csv("external_id,name,unit_code\nHGD-TAKEN,Hộ cũ,1050701\n"), u -> true, n -> { });
            ImportJob job = imports.queue(LearningModel.FAMILY, "31", "tinh.csv", "hk.thanhdong");

            ImportJob refused = imports.run(job.id(), csv("""
                    external_id,name,unit_code
                    HGD-1,Hộ ông Nguyễn Văn An,1050701
                    HGD-2,Hộ bà Trần Thị Bình,9999999
                    HGD-1,Hộ ông Nguyễn Văn An lần hai,1050701
                    HGD-TAKEN,Hộ đã có,1050701
                    HGD-5,Hộ ở phường khác,1052501
                    HGD-6,Hộ ở cấp tỉnh,31
                    HGD-7,,1050701
                    HGD-8,Thiếu cột
                    HGD-9,Hộ đúng,1050701
                    """), unit -> !unit.code().startsWith("10525"), n -> { });

            assertThat(refused.status()).isEqualTo(ImportStatus.REFUSED);
            assertThat(refused.rowsChecked()).isEqualTo(9);
            assertThat(refused.refusedCount()).isEqualTo(7);
            assertThat(refused.message()).contains("7 dòng không hợp lệ");
            assertThat(refused.refused()).extracting(ImportJob.RefusedRow::line, ImportJob.RefusedRow::field)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(3L, "unit_code"),
                            org.assertj.core.groups.Tuple.tuple(4L, "external_id"),
                            org.assertj.core.groups.Tuple.tuple(5L, "external_id"),
                            org.assertj.core.groups.Tuple.tuple(6L, "unit_code"),
                            org.assertj.core.groups.Tuple.tuple(7L, "unit_code"),
                            org.assertj.core.groups.Tuple.tuple(8L, "name"),
                            org.assertj.core.groups.Tuple.tuple(9L, ""));
            assertThat(refused.refused()).filteredOn(r -> r.line() == 6).singleElement()
                    .satisfies(r -> assertThat(r.detail()).isEqualTo("Tổ dân phố 1 (1052501) không thuộc phạm vi của cán bộ"));
            assertThat(refused.refused()).filteredOn(r -> r.line() == 5).singleElement()
                    .satisfies(r -> assertThat(r.detail()).startsWith("Đã có đối tượng"));
            assertThat(store.count("ls_subject")).as("nothing of the refused file").isEqualTo(1);
            assertThat(imports.find(job.id()).orElseThrow().refused()).isEqualTo(refused.refused());
        }
    }

    @OnBothDatabases
    void aFileWithoutItsHeaderIsRefusedOnLineOne(Database database) {
        try (Store store = database.freshStore()) {
            ProvinceImports imports = imports(store);
            ImportJob job = imports.queue(LearningModel.FAMILY, "31", "tinh.csv", "a");

            ImportJob refused = imports.run(job.id(), csv("ma,ten,don_vi\nHGD-1,Hộ,1050701\n"), u -> true, n -> { });

            assertThat(refused.status()).isEqualTo(ImportStatus.REFUSED);
            assertThat(refused.refused().get(0).line()).isEqualTo(1);
            assertThat(refused.refused().get(0).detail()).contains("external_id,name,unit_code");
            assertThat(store.count("ls_subject")).isZero();
        }
    }
}

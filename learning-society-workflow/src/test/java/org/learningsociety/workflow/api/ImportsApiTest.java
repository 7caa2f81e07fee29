package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A province-size import through the API: the file is taken at once (202) and its job checked and
 * stored in the background; a refused file lists its rows and stores nothing.
 */
class ImportsApiTest extends ApiContextTest {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");

    @Test
    void aCsvFileIsTakenAtOnceAndItsJobStoresEveryRow() throws Exception {
        String village = newVillage();
        String csv = "\uFEFFexternal_id,name,unit_code\n" + village + "-1,Hộ ông Nguyễn Văn Lộc," + village + "\n"
                + village + "-2,\"Hộ bà Phan Thị Hạnh, con gái\"," + village + "\n";

        String location = mvc.perform(post(API + "/imports").param("unit", HAI_PHONG).param("model", "FAMILY")
                        .param("fileName", "hộ gia đình.csv").with(cityAssociation()).contentType(CSV)
                        .content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andExpect(jsonPath("$.fileName").value("hộ gia đình.csv"))
                .andReturn().getResponse().getHeader("Location");

        JsonNode job = finished(location, province());
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("statusName").asText()).isEqualTo("Đã nhập xong");
        assertThat(job.get("rowsChecked").asLong()).isEqualTo(2);
        assertThat(job.get("rowsImported").asLong()).isEqualTo(2);
        assertThat(job.get("createdBy").asText()).isEqualTo("hk.haiphong");
        mvc.perform(get(API + "/subjects").param("unit", village).param("q", "Phan Thị Hạnh").with(thanhDong()))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get(location).with(haiDuong())).andExpect(status().isForbidden());
    }

    @Test
    void aFileNamingAnotherCommunesVillageIsRefusedWithItsRowsAndStoresNothing() throws Exception {
        String village = newVillage();
        String csv = "external_id,name,unit_code\n" + village + "-1,Hộ ông Tạ Văn Minh," + village + "\n"
                + village + "-2,Hộ ở phường khác," + HAI_DUONG + "\n"
                + village + "-1,Hộ trùng mã," + village + "\n"
                + village + "-4,,"  + village + "\n";

        String location = mvc.perform(post(API + "/imports").param("unit", THANH_DONG).param("model", "FAMILY")
                        .with(thanhDong()).contentType(CSV).content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");

        JsonNode job = finished(location, thanhDong());
        assertThat(job.get("status").asText()).isEqualTo("REFUSED");
        assertThat(job.get("refusedCount").asLong()).isEqualTo(3);
        assertThat(job.get("message").asText()).contains("không dòng nào được nhập");
        JsonNode refused = job.get("refused");
        assertThat(refused.get(0).get("line").asLong()).isEqualTo(3);
        assertThat(refused.get(0).get("field").asText()).isEqualTo("unit_code");
        assertThat(refused.get(0).get("value").asText()).isEqualTo(HAI_DUONG);
        assertThat(refused.get(0).get("detail").asText()).contains("không thuộc phạm vi của cán bộ");
        assertThat(refused.get(1).get("line").asLong()).isEqualTo(4);
        assertThat(refused.get(2).get("field").asText()).isEqualTo("name");
        mvc.perform(get(API + "/subjects").param("unit", village).with(thanhDong()))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aWorkbookIsImportedAndOneWithAFormulaOrBrokenIsRefused() throws Exception {
        String village = newVillage();
        byte[] workbook = workbook(village, false);
        String location = mvc.perform(post(API + "/imports").param("unit", THANH_DONG).param("model", "FAMILY")
                        .with(thanhDong()).contentType(DownloadsController.XLSX).content(workbook))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        assertThat(finished(location, thanhDong()).get("rowsImported").asLong()).isEqualTo(2);

        String other = newVillage();
        String formula = mvc.perform(post(API + "/imports").param("unit", THANH_DONG).param("model", "FAMILY")
                        .with(thanhDong()).contentType(DownloadsController.XLSX).content(workbook(other, true)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        JsonNode refused = finished(formula, thanhDong());
        assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.get("refused").get(0).get("detail").asText()).contains("dòng 3").contains("công thức");

        byte[] junk = new byte[300_000];
        new Random(7).nextBytes(junk);
        String broken = mvc.perform(post(API + "/imports").param("unit", THANH_DONG).param("model", "FAMILY")
                        .with(thanhDong()).contentType(DownloadsController.XLSX).content(junk))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        assertThat(finished(broken, thanhDong()).get("refused").get(0).get("detail").asText())
                .contains("Tệp không phải bảng tính Excel");
        mvc.perform(get(API + "/subjects").param("unit", other).with(thanhDong()))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void anImportIsRefusedOutsideTheCallersUnitsOverTheSizeLimitAndOfAnotherType() throws Exception {
        byte[] csv = "external_id,name,unit_code\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(post(API + "/imports").param("unit", HAI_PHONG).param("model", "FAMILY").with(thanhDong())
                        .contentType(CSV).content(csv))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/imports").param("unit", THANH_DONG).param("model", "FAMILY").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("text/csv")));
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        new Random(3).nextBytes(tenMegabytes);
        mvc.perform(post(API + "/imports").param("unit", THANH_DONG).param("model", "FAMILY").with(thanhDong())
                        .contentType(CSV).content(tenMegabytes))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
        mvc.perform(post(API + "/imports").param("unit", THANH_DONG).param("model", "VILLAGE").with(thanhDong())
                        .contentType(CSV).content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("model"));
        mvc.perform(get(API + "/imports/987654321").with(admin()))
                .andExpect(status().isNotFound());
        assertThat(java.nio.file.Files.list(java.nio.file.Path.of("target/api-test-imports")).flatMap(dir -> {
            try {
                return java.nio.file.Files.list(dir);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).filter(f -> f.toString().endsWith(".part")).count()).as("no file left behind by a refused upload").isZero();
    }

    /** Polls the job until it has finished (at most 30 s). */
    private JsonNode finished(String location, RequestPostProcessor who) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            JsonNode job = json.readTree(mvc.perform(get(location).with(who)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            String state = job.get("status").asText();
            if (state.equals("DONE") || state.equals("REFUSED") || state.equals("FAILED")) {
                return job;
            }
            assertThat(Instant.now()).as("the import of %s finishes", location).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** Two households of {@code village}; with a formula in the second row's name, if asked. */
    private static byte[] workbook(String village, boolean formula) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Hộ gia đình");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("external_id");
            head.createCell(1).setCellValue("name");
            head.createCell(2).setCellValue("unit_code");
            for (int i = 1; i <= 2; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(village + "-X" + i);
                if (formula && i == 2) {
                    row.createCell(1).setCellFormula("CONCATENATE(\"Hộ \",\"ông Bùi\")");
                } else {
                    row.createCell(1).setCellValue("Hộ ông Bùi Văn " + i);
                }
                row.createCell(2).setCellValue(village);
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}

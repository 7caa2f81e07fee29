package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.workflow.export.ReportWorkbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The report's workbook, a recognised subject's certificate, a decision's annex and the evidence
 * files, downloaded as officers file them.
 */
class DownloadsApiTest extends ApiContextTest {

    @Autowired
    Recognising recognising;
    @Autowired
    ReportService reports;

    @Test
    void aRecognisedHouseholdsCertificateIsAPdfNamedInVietnameseWithTheDecision() throws Exception {
        long subject = addHousehold(THANH_DONG);
        long registration = registerFor(subject, 2026);
        String marks = fullMarks("FAMILY", 2026);
        for (String step : List.of("self-assessment", "verification")) {
            mvc.perform(put(API + "/registrations/" + registration + "/" + step).with(thanhDong())
                    .contentType(MediaType.APPLICATION_JSON).content(marks)).andExpect(status().isOk());
        }
        String number = "QĐ-" + UUID.randomUUID().toString().substring(0, 8);
        recognising.recognise(new NewDecision(number, LocalDate.of(2026, 11, 20), "Nguyễn Văn An", THANH_DONG),
                2026, LearningModel.FAMILY, List.of(new RegistrationId(registration)), Map.of());

        MockHttpServletResponse answer = mvc.perform(get(API + "/registrations/" + registration + "/certificate.pdf")
                        .with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andReturn().getResponse();

        assertThat(fileName(answer)).isEqualTo("Giấy công nhận Gia đình học tập 2026 - Hộ bà Phạm Thị Lan.pdf");
        PdfReader pdf = new PdfReader(answer.getContentAsByteArray());
        String text = new PdfTextExtractor(pdf).getTextFromPage(1);
        assertThat(text).contains("GIẤY CÔNG NHẬN", "Hộ bà Phạm Thị Lan", "Gia đình học tập", number,
                "Thành Đông, ngày 20 tháng 11 năm 2026", "TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn An");
    }

    @Test
    void noCertificateBeforeRecognitionAndNoneForAnotherCommunesOfficer() throws Exception {
        long registration = registerFor(addHousehold(THANH_DONG), 2026);

        mvc.perform(get(API + "/registrations/" + registration + "/certificate.pdf").with(thanhDong()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("registrationId"))
                .andExpect(jsonPath("$.detail", containsString("chưa được công nhận")));
        mvc.perform(get(API + "/registrations/" + registration + "/certificate.pdf").with(haiDuong()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCommunesReportIsTheWorkbookOfItsLinesNamedInVietnamese() throws Exception {
        reports.compile(THANH_DONG, ReportPeriod.parse("2026"), List.of(LearningModel.values()));

        MockHttpServletResponse answer = mvc.perform(get(API + "/reports/" + THANH_DONG + "/2026.xlsx").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", DownloadsController.XLSX.toString()))
                .andReturn().getResponse();

        assertThat(fileName(answer)).isEqualTo("Báo cáo năm 2026 - Phường Thành Đông.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet(ReportWorkbook.SHEET);
            StringBuilder cells = new StringBuilder();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    cells.append(cell.toString()).append('|');
                }
            }
            assertThat(cells).contains("Đơn vị báo cáo: Phường Thành Đông (mã 10507)", "Gia đình học tập",
                    ReportWorkbook.TOTAL);
        }
        mvc.perform(get(API + "/reports/" + THANH_DONG + "/2026").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitName").value("Phường Thành Đông"))
                .andExpect(jsonPath("$.period").value("2026"))
                .andExpect(jsonPath("$.periodName").value("năm 2026"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.totals.length()").value(LearningModel.values().length))
                .andExpect(jsonPath("$.totals[0].unitCode").value(THANH_DONG))
                .andExpect(jsonPath("$.totals[0].modelTitle").isString())
                .andExpect(jsonPath("$.totals[0].subjects").isNumber());
        mvc.perform(get(API + "/reports/" + THANH_DONG + "/2026").with(haiDuong())).andExpect(status().isForbidden());
        mvc.perform(get(API + "/reports/" + HAI_DUONG + "/2021-2025").with(haiDuong())).andExpect(status().isNotFound());
    }

    @Test
    void noWorkbookBeforeTheReportIsCompiledAndNoneOutsideTheOfficersUnits() throws Exception {
        mvc.perform(get(API + "/reports/" + HAI_DUONG + "/2021-2025.xlsx").with(haiDuong()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("period"))
                .andExpect(jsonPath("$.detail", containsString("Chưa lập báo cáo")));
        mvc.perform(get(API + "/reports/" + THANH_DONG + "/2026.xlsx").with(haiDuong()))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/reports/" + THANH_DONG + "/năm-nay.xlsx").with(thanhDong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("period"));
    }

    @Test
    void aRecognitionDecisionsAnnexListsWhomItRecognisedAsWorkbookAndPdf() throws Exception {
        String village = newVillage();
        long registration = registerFor(addSubject(village, "FAMILY", "Hộ ông Lục Văn Thành", village + "-1"), 2026);
        verifyWithFullMarks(registration);
        String number = "QĐ-" + UUID.randomUUID().toString().substring(0, 8);
        long decision = recognising.recognise(new NewDecision(number, LocalDate.of(2026, 11, 20), "Nguyễn Văn An",
                THANH_DONG), 2026, LearningModel.FAMILY, List.of(new RegistrationId(registration)), Map.of()).id().value();

        MockHttpServletResponse workbook = mvc.perform(get(API + "/decisions/" + decision + "/annex.xlsx")
                        .with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", DownloadsController.XLSX.toString()))
                .andReturn().getResponse();
        assertThat(fileName(workbook)).isEqualTo("Danh sách kèm theo Quyết định số " + number + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("DANH SÁCH ĐƯỢC CÔNG NHẬN DANH HIỆU \"GIA ĐÌNH HỌC TẬP\" NĂM 2026");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("Quyết định số " + number)
                    .contains("ngày 20/11/2026").contains("Phường Thành Đông");
            Row first = sheet.getRow(4);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Hộ ông Lục Văn Thành");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Tổ dân phố " + village);
            assertThat(first.getCell(4).getNumericCellValue()).isPositive();
            assertThat(sheet.getRow(5)).isNull();
        }
        MockHttpServletResponse pdf = mvc.perform(get(API + "/decisions/" + decision + "/annex.pdf").with(province()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andReturn().getResponse();
        String text = new PdfTextExtractor(new PdfReader(pdf.getContentAsByteArray())).getTextFromPage(1);
        assertThat(text).contains("DANH SÁCH ĐƯỢC CÔNG NHẬN").contains("Hộ ông Lục Văn Thành").contains("Tổng số: 1");
        mvc.perform(get(API + "/decisions/" + decision + "/annex.pdf").with(haiDuong()))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/decisions/987654321/annex.xlsx").with(admin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEvidenceFileTheRegistrationCitesIsDownloadedAsUploaded() throws Exception {
        long registration = registerFor(addHousehold(THANH_DONG), 2026);
        byte[] file = pdf();
        String answer = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart(API + "/registrations/" + registration + "/evidence")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "bien-ban.pdf", "application/pdf",
                                file))
                        .param("indicator", "1.1").param("title", "Biên bản họp gia đình").with(thanhDong()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String reference = json.readTree(answer).get("reference").asText();
        String name = reference.substring(reference.lastIndexOf('/') + 1);
        mvc.perform(get(API + "/registrations/" + registration + "/evidence/" + name).with(thanhDong()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("name"));

        com.fasterxml.jackson.databind.node.ObjectNode assessment =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(fullMarks("FAMILY", 2026));
        assessment.withArray("evidence").addObject().put("indicator", "1.1").put("reference", reference)
                .put("title", "Biên bản họp gia đình");
        mvc.perform(put(API + "/registrations/" + registration + "/self-assessment").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(assessment)))
                .andExpect(status().isOk());

        MockHttpServletResponse download = mvc.perform(get(API + "/registrations/" + registration + "/evidence/" + name)
                        .with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(file);
        assertThat(fileName(download)).isEqualTo("Minh chứng 1.1 - Biên bản họp gia đình.pdf");
        mvc.perform(get(API + "/registrations/" + registration + "/evidence/" + name).with(haiDuong()))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/registrations/" + registration + "/evidence/..%2F..%2Fetc.pdf").with(thanhDong()))
                .andExpect(status().is4xxClientError());
    }
}

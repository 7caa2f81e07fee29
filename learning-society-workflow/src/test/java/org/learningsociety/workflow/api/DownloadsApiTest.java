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
import java.net.URLDecoder;
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

/** The report's workbook and a recognised subject's certificate, downloaded as officers file them. */
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

    private static String fileName(MockHttpServletResponse answer) {
        String disposition = answer.getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        return URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8);
    }
}

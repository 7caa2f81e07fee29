package org.learningsociety.workflow.api;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.subject.LearningModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A commune's officer enters the values of the indicators Hải Phòng's plan has communes enter, through
 * the API: entered, listed with the city's other communes, audited; refused with a Vietnamese 400
 * naming the field; locked (409) once the commune's report of the year is approved, and open again
 * once the city sends it back.
 */
class IndicatorValuesApiTest extends ApiContextTest {

    private static final String CHAIR = "COMMUNE_ASSOCIATION_CHAIR_MANAGES_CLC";
    private static final String CADRES = "COMMUNE_CADRES_IN_CLC_IT_TRAINED";
    private static final String MEMBERS = "ASSOCIATION_MEMBERS_STUDIED_DIRECTIVES";

    @Autowired
    ReportService reports;

    private ResultActions enter(RequestPostProcessor officer, Map<String, ?> value) throws Exception {
        return mvc.perform(put(API + "/indicator-values").with(officer).contentType(MediaType.APPLICATION_JSON)
                .content(body(value)));
    }

    private static Map<String, Object> ratio(String unit, int year, String indicator, Object numerator,
            Object denominator) {
        Map<String, Object> value = new HashMap<>();
        value.put("unitCode", unit);
        value.put("year", year);
        value.put("indicator", indicator);
        value.put("numerator", numerator);
        value.put("denominator", denominator);
        return value;
    }

    @Test
    void aCommuneEntersItsValuesSeesThemBesideTheCitysOtherCommunesAndTheirHistory() throws Exception {
        Map<String, Object> first = ratio(THANH_DONG, 2025, MEMBERS, 400, 468);
        first.put("note", "Theo sổ theo dõi hội viên");
        enter(thanhDong(), first)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitCode").value(THANH_DONG))
                .andExpect(jsonPath("$.unitName").value("Phường Thành Đông"))
                .andExpect(jsonPath("$.indicator").value(MEMBERS))
                .andExpect(jsonPath("$.indicatorName").value(startsWith("Cán bộ và hội viên của Hội Khuyến học")))
                .andExpect(jsonPath("$.source").value("ENTERED"))
                .andExpect(jsonPath("$.answer").value("RATIO"))
                .andExpect(jsonPath("$.entered").value(true))
                .andExpect(jsonPath("$.numerator").value(400))
                .andExpect(jsonPath("$.denominator").value(468))
                .andExpect(jsonPath("$.percent").value(85.47))
                .andExpect(jsonPath("$.note").value("Theo sổ theo dõi hội viên"))
                .andExpect(jsonPath("$.enteredBy").value("hk.thanhdong"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.locked").value(false));
        Map<String, Object> changed = ratio(THANH_DONG, 2025, MEMBERS, 410, 468);
        changed.put("version", 1);
        enter(cityAssociation(), changed).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.enteredBy").value("hk.haiphong"));
        // the same change sent again at the old version: someone changed it meanwhile
        enter(thanhDong(), changed).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONCURRENT_CHANGE"))
                .andExpect(jsonPath("$.field").value("version"));

        mvc.perform(get(API + "/indicator-values").param("unit", THANH_DONG).param("year", "2025").with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitName").value("Phường Thành Đông"))
                .andExpect(jsonPath("$.values.length()").value(7))
                .andExpect(jsonPath("$.values[0].indicator").value(CHAIR))
                .andExpect(jsonPath("$.values[0].answer").value("YES_NO"))
                .andExpect(jsonPath("$.values[0].denominatorMeaning").value(startsWith("Số xã, phường, thị trấn")))
                .andExpect(jsonPath("$.values[?(@.indicator == '" + MEMBERS + "')].numerator").value(410))
                .andExpect(jsonPath("$.values[?(@.indicator == 'CITIZEN_CADRES_IN_UNITS')].source").value("COMPUTED"))
                .andExpect(jsonPath("$.values[?(@.indicator == 'CITIZEN_CADRES_IN_UNITS')].entered").value(false));
        // the city enters none itself: its sheet is its communes'
        mvc.perform(get(API + "/indicator-values").param("unit", HAI_PHONG).param("year", "2025").with(province()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitName").value("Thành phố Hải Phòng"))
                .andExpect(jsonPath("$.values[?(@.unitCode == '" + HAI_PHONG + "')]").isEmpty())
                .andExpect(jsonPath("$.values[?(@.unitCode == '" + THANH_DONG + "' && @.indicator == '" + MEMBERS
                        + "')].numerator").value(410))
                .andExpect(jsonPath("$.values[?(@.unitCode == '" + HAI_DUONG + "')]", hasSize(7)));

        mvc.perform(get(API + "/indicator-values/history").param("unit", THANH_DONG).param("year", "2025")
                        .param("indicator", MEMBERS).with(thanhDong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes.length()").value(2))
                .andExpect(jsonPath("$.changes[0].action").value("INDICATOR_VALUE_ENTERED"))
                .andExpect(jsonPath("$.changes[0].actionName").value("Nhập số liệu chỉ tiêu"))
                .andExpect(jsonPath("$.changes[0].actor").value("hk.thanhdong"))
                .andExpect(jsonPath("$.changes[0].before").doesNotExist())
                .andExpect(jsonPath("$.changes[1].actionName").value("Sửa số liệu chỉ tiêu"))
                .andExpect(jsonPath("$.changes[1].actor").value("hk.haiphong"))
                .andExpect(jsonPath("$.changes[1].before").value(THANH_DONG + " 2025 " + MEMBERS
                        + ": 400/468 (ghi chú: Theo sổ theo dõi hội viên)"))
                .andExpect(jsonPath("$.changes[1].after").value(THANH_DONG + " 2025 " + MEMBERS + ": 410/468"));
    }

    @Test
    void refusesWhatCannotBeEnteredWithAVietnamese400NamingTheField() throws Exception {
        expectRefused(ratio(THANH_DONG, 2025, CADRES, 13, 12), "numerator", "Tử số (13) không được lớn hơn mẫu số (12)");
        expectRefused(ratio(THANH_DONG, 2025, CADRES, -1, 12), "numerator", "Tử số không được âm");
        expectRefused(ratio(THANH_DONG, 2025, CADRES, 9, null), "denominator", "Chỉ tiêu này nhập tử số và mẫu số: thiếu mẫu số");
        expectRefused(ratio(THANH_DONG, 2025, CADRES, 9.5, 12), "numerator", "Tử số phải là một số nguyên");
        Map<String, Object> yesForARatio = ratio(THANH_DONG, 2025, CADRES, 9, 12);
        yesForARatio.put("value", true);
        expectRefused(yesForARatio, "value", "Chỉ tiêu này nhập tử số và mẫu số, không trả lời có hoặc không");
        expectRefused(ratio(THANH_DONG, 2025, CHAIR, 1, 1), "numerator", "Chỉ tiêu này trả lời có hoặc không");
        expectRefused(ratio(THANH_DONG, 2025, "SO_TTHTCD", 1, 2), "indicator",
                "Kế hoạch 46/KH-UBND áp dụng cho Phường Thành Đông không có chỉ tiêu SO_TTHTCD");
        expectRefused(ratio(THANH_DONG, 2025, "FAMILY_RECOGNISED", 1, 2), "indicator", "được tính từ hồ sơ");
        expectRefused(cityAssociation(), ratio(HAI_PHONG, 2025, CADRES, 1, 2), "unitCode", "do cấp xã, phường, thị trấn nhập");
        expectRefused(ratio(THANH_DONG, 2031, CADRES, 1, 2), "year", "Chưa thể nhập số liệu năm 2031");
        expectRefused(ratio(THANH_DONG, 1999, CADRES, 1, 2), "year", "Năm phải nằm trong các năm 2000–2100");
        Map<String, Object> noYear = ratio(THANH_DONG, 2025, CADRES, 1, 2);
        noYear.remove("year");
        expectRefused(noYear, "year", "Năm là bắt buộc");
        Map<String, Object> noUnit = ratio(" ", 2025, CADRES, 1, 2);
        expectRefused(noUnit, "unitCode", "Mã đơn vị là bắt buộc");

        enter(haiDuong(), ratio(THANH_DONG, 2025, CADRES, 1, 2)).andExpect(status().isForbidden());
        mvc.perform(get(API + "/indicator-values").param("unit", THANH_DONG).param("year", "2025").with(haiDuong()))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/indicator-values/history").param("unit", THANH_DONG).param("year", "2025")
                .param("indicator", CADRES).with(haiDuong())).andExpect(status().isForbidden());
    }

    private void expectRefused(Map<String, Object> value, String field, String detail) throws Exception {
        expectRefused(thanhDong(), value, field, detail);
    }

    private void expectRefused(RequestPostProcessor officer, Map<String, Object> value, String field, String detail)
            throws Exception {
        enter(officer, value)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail").value(containsString(detail)));
    }

    @Test
    void anApprovedReportLocksTheCommunesValuesUntilTheCitySendsItBack() throws Exception {
        Map<String, Object> yes = new HashMap<>(Map.of("unitCode", HAI_DUONG, "year", 2025, "indicator", CHAIR,
                "value", true));
        enter(haiDuong(), yes).andExpect(status().isOk()).andExpect(jsonPath("$.value").value(true));
        Report report = reports.compile(HAI_DUONG, ReportPeriod.year(2025), List.of(LearningModel.values()));
        reports.submit(report.id());
        reports.approve(report.id(), "ubnd.haiphong");

        Map<String, Object> no = new HashMap<>(yes);
        no.put("value", false);
        enter(haiDuong(), no)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STATE_CONFLICT"))
                .andExpect(jsonPath("$.field").value("year"))
                .andExpect(jsonPath("$.detail").value(allOf(
                        startsWith("Số liệu năm 2025 của Phường Hải Dương đã khoá vì báo cáo kết quả xây dựng xã hội học "
                                + "tập năm 2025 đã được cấp trên duyệt"),
                        containsString("cấp trên phải trả lại báo cáo trước"))));
        enter(haiDuong(), ratio(HAI_DUONG, 2025, CADRES, 3, 8)).andExpect(status().isConflict());
        mvc.perform(get(API + "/indicator-values").param("unit", HAI_DUONG).param("year", "2025").with(haiDuong()))
                .andExpect(jsonPath("$.values[?(@.locked == false)]").isEmpty())
                .andExpect(jsonPath("$.values[?(@.indicator == '" + CHAIR + "')].value").value(true));

        reports.sendBack(report.id(), "ubnd.haiphong", "Đề nghị kiểm tra lại việc tham gia quản lý TTHTCĐ");

        enter(haiDuong(), no).andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(false))
                .andExpect(jsonPath("$.locked").value(false));
        mvc.perform(get(API + "/indicator-values").param("unit", HAI_DUONG).param("year", "2025").with(haiDuong()))
                .andExpect(jsonPath("$.values[?(@.locked == true)]").isEmpty());
    }
}

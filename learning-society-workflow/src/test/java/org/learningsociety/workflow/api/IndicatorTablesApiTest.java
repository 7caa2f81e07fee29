package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.export.IndicatorSheet;
import org.springframework.http.MediaType;

/**
 * Hải Phòng's whole table of indicators for 2025 through the API: all eleven indicators of
 * 46/KH-UBND with their targets, values two communes entered rolled up to the city, a row per
 * commune, and the workbook holding the same numbers as the JSON.
 */
class IndicatorTablesApiTest extends ApiContextTest {

    private static final String IT_TRAINED = "COMMUNE_CADRES_IN_CLC_IT_TRAINED";
    private static final String CHAIR = "COMMUNE_ASSOCIATION_CHAIR_MANAGES_CLC";

    private void enter(String unit, String indicator, Map<String, Object> value) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("unitCode", unit, "year", 2025, "indicator", indicator));
        body.putAll(value);
        mvc.perform(put(API + "/indicator-values").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(body)))
                .andExpect(status().isOk());
    }

    private JsonNode table(String... params) throws Exception {
        var request = get(API + "/reports/indicators").param("unit", HAI_PHONG).with(province());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static JsonNode row(JsonNode table, String code) {
        for (JsonNode row : table.get("rows")) {
            if (row.get("code").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static JsonNode child(JsonNode row, String unit) {
        for (JsonNode child : row.get("children")) {
            if (child.get("unitCode").asText().equals(unit)) {
                return child;
            }
        }
        throw new AssertionError("no child " + unit + " in " + row.get("code"));
    }

    @Test
    void listsAllElevenIndicatorsOfTheCitysPlanAndRollsUpWhatTwoCommunesEntered() throws Exception {
        enter(THANH_DONG, IT_TRAINED, Map.of("numerator", 3, "denominator", 10, "note", "Theo sổ theo dõi của Hội"));
        enter(HAI_DUONG, IT_TRAINED, Map.of("numerator", 5, "denominator", 10));
        enter(THANH_DONG, CHAIR, Map.of("value", true));
        enter(HAI_DUONG, CHAIR, Map.of("value", false));

        JsonNode table = table("year", "2025");

        assertThat(table.get("planId").asText()).isEqualTo("hai-phong-46-kh-ubnd-2022");
        List<String> codes = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        table.get("rows").forEach(r -> {
            codes.add(r.get("code").asText());
            targets.add(r.get("target").get("value").asInt());
        });
        assertThat(codes).containsExactly("FAMILY_RECOGNISED", "CLAN_RECOGNISED", "COMMUNITY_RECOGNISED",
                "UNIT_RECOGNISED", CHAIR, IT_TRAINED, "ASSOCIATION_MEMBERS_STUDIED_DIRECTIVES",
                "CITIZEN_WORKERS_IN_FAMILIES", "CITIZEN_WORKERS_IN_CLANS", "CITIZEN_WORKERS_IN_COMMUNITIES",
                "CITIZEN_CADRES_IN_UNITS");
        assertThat(targets).containsExactly(70, 65, 65, 80, 100, 40, 100, 40, 40, 40, 60);
        for (String model : List.of("FAMILY_RECOGNISED", "CLAN_RECOGNISED", "COMMUNITY_RECOGNISED", "UNIT_RECOGNISED")) {
            assertThat(row(table, model).get("source").asText()).as(model).isEqualTo("COMPUTED");
        }

        // a child row for every commune of the city at the end of 2025, in every indicator
        JsonNode communes = json.readTree(mvc.perform(get(API + "/units/" + HAI_PHONG + "/children")
                .param("on", "2025-12-31").with(admin())).andReturn().getResponse().getContentAsString());
        assertThat(communes.size()).isGreaterThan(100);
        table.get("rows").forEach(r -> assertThat(r.get("children").size()).as(r.get("code").asText())
                .isEqualTo(communes.size()));

        // the two communes' values, and the city's as the sum of its communes' numerators over their denominators
        JsonNode it = row(table, IT_TRAINED);
        assertThat(child(it, THANH_DONG).get("actual").get("numerator").asLong()).isEqualTo(3);
        assertThat(child(it, THANH_DONG).get("actual").get("value").decimalValue()).isEqualByComparingTo("30");
        assertThat(child(it, HAI_DUONG).get("actual").get("value").decimalValue()).isEqualByComparingTo("50");
        assertThat(child(it, THANH_DONG).get("actual").get("measured").asText()).isEqualTo("ENTERED");
        long numerators = 0;
        long denominators = 0;
        int withData = 0;
        for (JsonNode child : it.get("children")) {
            if (!child.get("actual").get("numerator").isNull()) {
                numerators += child.get("actual").get("numerator").asLong();
                denominators += child.get("actual").get("denominator").asLong();
                withData++;
            }
        }
        assertThat(withData).isGreaterThanOrEqualTo(2);
        assertThat(it.get("actual").get("numerator").asLong()).isEqualTo(numerators);
        assertThat(it.get("actual").get("denominator").asLong()).isEqualTo(denominators);
        assertThat(it.get("actual").get("unitsWithData").asInt()).isEqualTo(withData);
        assertThat(it.get("actual").get("unitsExpected").asInt()).isEqualTo(communes.size());
        // yes/no: the share of the communes answering yes
        JsonNode chair = row(table, CHAIR);
        assertThat(child(chair, THANH_DONG).get("actual").get("value").decimalValue()).isEqualByComparingTo("100");
        assertThat(child(chair, HAI_DUONG).get("actual").get("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(chair.get("answer").asText()).isEqualTo("YES_NO");
    }

    @Test
    void theWorkbookHoldsTheSameNumbersAsTheJson() throws Exception {
        enter(THANH_DONG, IT_TRAINED, Map.of("numerator", 3, "denominator", 10));
        JsonNode table = table("year", "2025");
        byte[] xlsx = mvc.perform(get(API + "/reports/indicators.xlsx").param("unit", HAI_PHONG).param("year", "2025")
                        .with(province()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(IndicatorSheet.SHEET);
            assertThat(sheet).isNotNull();
            Map<String, Row> byNumber = new HashMap<>();
            Row headings = null;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING) {
                    byNumber.putIfAbsent(first.getStringCellValue(), row);
                    if (first.getStringCellValue().equals("STT") && headings == null) {
                        headings = row;
                    }
                }
            }
            assertThat(headings).isNotNull();
            for (int c = 0; c < IndicatorSheet.HEADINGS.size(); c++) {
                assertThat(headings.getCell(c).getStringCellValue()).isEqualTo(IndicatorSheet.HEADINGS.get(c));
            }
            int n = 1;
            for (JsonNode indicator : table.get("rows")) {
                Row row = byNumber.get(Integer.toString(n));
                assertThat(row).as("row " + n).isNotNull();
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(indicator.get("name").asText());
                sameNumber(row.getCell(2), indicator.get("target").get("value"));
                sameNumber(row.getCell(3), indicator.get("actual").get("value"));
                sameNumber(row.getCell(4), indicator.get("actual").get("numerator"));
                sameNumber(row.getCell(5), indicator.get("actual").get("denominator"));
                sameNumber(row.getCell(6), indicator.get("gap"));
                assertThat(row.getCell(7).getStringCellValue())
                        .isEqualTo(indicator.get("actual").get("measuredName").asText());
                int k = 1;
                for (JsonNode child : indicator.get("children")) {
                    Row childRow = byNumber.get(n + "." + k++);
                    assertThat(childRow.getCell(1).getStringCellValue()).contains(child.get("unitName").asText())
                            .contains(child.get("unitCode").asText());
                    sameNumber(childRow.getCell(3), child.get("actual").get("value"));
                    sameNumber(childRow.getCell(4), child.get("actual").get("numerator"));
                    sameNumber(childRow.getCell(5), child.get("actual").get("denominator"));
                    sameNumber(childRow.getCell(6), child.get("gap"));
                }
                n++;
            }
        }
    }

    private static void sameNumber(Cell cell, JsonNode value) {
        if (value == null || value.isNull()) {
            assertThat(cell.getStringCellValue()).isEqualTo("–");
        } else {
            assertThat(cell.getNumericCellValue()).isEqualTo(value.asDouble(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aReviewIsMeasuredOnThePhasesLastYearWithEachYearOfThePhase() throws Exception {
        JsonNode review = table("period", "2021-2025");

        assertThat(review.get("measuredYear").asInt()).isEqualTo(2025);
        JsonNode family = row(review, "FAMILY_RECOGNISED");
        List<Integer> years = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        family.get("years").forEach(y -> {
            years.add(y.get("year").asInt());
            targets.add(y.get("target").get("value").asInt());
        });
        assertThat(years).containsExactly(2021, 2022, 2023, 2024, 2025);
        assertThat(targets).containsExactly(55, 55, 60, 65, 70);
    }

    @Test
    void asksForAYearOrAPeriodButNotBoth() throws Exception {
        mvc.perform(get(API + "/reports/indicators").param("unit", HAI_PHONG).with(province()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
        mvc.perform(get(API + "/reports/indicators").param("unit", HAI_PHONG).param("year", "2025")
                        .param("period", "2021-2025").with(province()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("period"));
    }
}

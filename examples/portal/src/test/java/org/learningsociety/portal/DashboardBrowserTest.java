package org.learningsociety.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.attainment.Attainment;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.workflow.report.ReportRounds;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The leader's dashboard in a real browser: the city's leader ranks the communes by their distance to
 * the target (in the order the library's attainment gives, whatever the demo data), re-sorts them by
 * another model with a click, drills down to a commune and to one of its villages, sees the commune that
 * has not reported named, and downloads the year's workbooks; a commune officer sees only their commune and is refused another one. Screenshots
 * are kept under {@code target/screenshots/}.
 */
@Order(4)
class DashboardBrowserTest extends PortalContextTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;
    @Autowired
    AttainmentService attainment;
    @Autowired
    Dashboard dashboard;
    @Autowired
    ReportRounds rounds;
    @Autowired
    ReportService reports;
    @Autowired
    org.learningsociety.core.plantask.PlanTaskTracking planTasks;

    private WebDriver browser;
    private WebDriverWait wait;
    private HeadlessChromium chromium;

    @BeforeEach
    void openBrowser() throws Exception {
        chromium = HeadlessChromium.open(1600, 1200);
        browser = chromium.browser;
        wait = chromium.wait;
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aLeaderRanksTheCommunesByGapAndDrillsDownToAVillage() throws IOException {
        int year = dashboard.lastFinishedYear();
        logIn("/dashboard", "thidua.haiphong");

        WebElement city = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("don-vi-31")));
        assertThat(city.findElement(By.tagName("h2")).getText()).isEqualTo("Thành phố Hải Phòng (31) – năm " + year);
        assertThat(city.findElements(By.cssSelector("table.figures tbody tr"))).extracting(r -> r.getAttribute("data-model"))
                .containsExactly("FAMILY", "CLAN", "COMMUNITY", "UNIT", "CITIZEN");
        // by default: the gap of learning families, worst first, every commune of the city listed
        assertRanked(LearningModel.FAMILY, year, true);
        screenshot("dashboard-thanh-pho.png");

        // a click on a header sorts in the browser; a second click reverses
        clickDifferenceHeader(LearningModel.CLAN);
        assertRanked(LearningModel.CLAN, year, true);
        clickDifferenceHeader(LearningModel.CLAN);
        assertRanked(LearningModel.CLAN, year, false);
        // and without script, the server sorts as the query names
        browser.get(url("/dashboard?don-vi=31&nam=" + year + "&sap-xep=CITIZEN&chieu=tang"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("don-vi-31")));
        assertRanked(LearningModel.CITIZEN, year, true);

        // drill down: the commune, then one of its villages
        browser.findElement(By.cssSelector("#xep-hang tr[data-unit='10507'] td.unit-name a")).click();
        WebElement commune = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("don-vi-10507")));
        assertThat(commune.findElement(By.cssSelector("nav.crumbs")).getText()).contains("Thành phố Hải Phòng");
        assertFigures(commune, "10507", year);
        List<String> villages = attainment.attainment("10507", year, LearningModel.FAMILY).children().stream()
                .map(c -> c.unit().code()).sorted().toList();
        assertThat(villages).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#xep-hang tbody tr"))).extracting(r -> r.getAttribute("data-unit"))
                .containsExactlyInAnyOrderElementsOf(villages);
        assertRanked(LearningModel.FAMILY, year, true);
        screenshot("dashboard-xa.png");

        String village = villages.get(0);
        browser.findElement(By.cssSelector("#xep-hang tr[data-unit='" + village + "'] td.unit-name a")).click();
        WebElement shown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("don-vi-" + village)));
        assertFigures(shown, village, year);
        Attainment families = attainment.attainment(village, year, LearningModel.FAMILY);
        assertThat(families.subjects()).as("the demo's village has households").isPositive();
        assertThat(shown.findElements(By.id("xep-hang"))).as("a village has no units beneath it").isEmpty();
        assertThat(shown.findElement(By.cssSelector("nav.crumbs")).getText())
                .contains("Thành phố Hải Phòng", "Phường Thành Đông");
    }

    @Test
    void aCommuneOfficerSeesNoProvinceCardAndIsRefusedAnotherCommune() throws Exception {
        logIn("/dashboard", "hoikhuyenhoc.thanhdong");

        WebElement own = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("don-vi-10507")));
        assertThat(browser.findElements(By.id("don-vi-31"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("Không có quyền", "Thành phố Hải Phòng");
        List<String> choices = browser.findElements(By.cssSelector("select#don-vi option")).stream()
                .map(o -> o.getAttribute("value")).toList();
        assertThat(choices).contains("10507").doesNotContain("31", "10525")
                .allMatch(code -> code.equals("10507") || code.startsWith("10507-"));
        assertThat(own.findElements(By.cssSelector("#xep-hang tbody tr"))).isNotEmpty();
        screenshot("dashboard-can-bo-xa.png");

        browser.get(url("/dashboard?don-vi=10525"));
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tu-choi")));
        assertThat(refused.getText()).contains("Không có quyền truy cập", "Phường Hải Dương không thuộc phạm vi này");
        assertThat(browser.findElements(By.id("don-vi-10525"))).isEmpty();
        assertThat(get("/dashboard?don-vi=10525").statusCode()).isEqualTo(403);
        assertThat(get("/dashboard?don-vi=31").statusCode()).isEqualTo(403);
        assertThat(get("/dashboard/tai-ve/chi-tieu?don-vi=10525&nam=" + dashboard.lastFinishedYear()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aLeaderSeesWhoHasNotReportedNamed() {
        int year = dashboard.lastFinishedYear();
        // Phường Hải Dương's report of the year, due a month ago and never submitted
        rounds.start("10525", org.learningsociety.core.plan.Plan.PROGRAMME_387, ReportPeriod.year(year),
                java.time.LocalDate.now().minusMonths(1));
        logIn("/dashboard?don-vi=31&nam=" + year, "thidua.haiphong");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("don-vi-31")));
        By haiDuong = By.cssSelector(".laggards li[data-unit='10525']");
        long deadline = System.currentTimeMillis() + 60_000;
        while (browser.findElements(haiDuong).isEmpty() && System.currentTimeMillis() < deadline) {
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("don-vi-31")));
        }
        // the late, missing and sent-back children the library counts, each named
        List<String> lagging = reports.completeness("31", ReportPeriod.year(year)).children().stream()
                .filter(c -> c.status() == org.learningsociety.core.report.ReportStatus.SENT_BACK
                        || c.timeliness() == org.learningsociety.core.report.Timeliness.LATE
                        || c.timeliness() == org.learningsociety.core.report.Timeliness.MISSING)
                .map(org.learningsociety.core.report.Completeness.Child::unitCode).toList();
        assertThat(lagging).contains("10525");
        assertThat(browser.findElements(By.cssSelector(".laggards li"))).extracting(li -> li.getAttribute("data-unit"))
                .containsExactlyInAnyOrderElementsOf(lagging);
        assertThat(browser.findElement(haiDuong).getText()).isEqualTo("Phường Hải Dương: Chưa nộp khi hết hạn");
        assertThat(browser.findElement(By.cssSelector("#xep-hang tr[data-unit='10525'] td.report")).getText())
                .isEqualTo("Chưa nộp khi hết hạn");
    }

    @Test
    void aLeaderSeesThePlansTasksOfTheYearWithTheOverdueOnesMarked() throws IOException {
        // 2022: Hải Phòng's 46/KH-UBND gives the city its association's and departments' yearly rows (no
        // day: never overdue) and the Department of Education's "trong tháng 12/2022", long past
        logIn("/dashboard?don-vi=31&nam=2022", "thidua.haiphong");
        WebElement tasks = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nhiem-vu")));
        var sheet = planTasks.of("31", 2022);
        assertThat(tasks.findElements(By.cssSelector("table.tasks tbody tr")))
                .extracting(r -> r.getAttribute("data-task"), r -> r.getAttribute("data-overdue"))
                .containsExactlyElementsOf(sheet.lines().stream().map(l -> org.assertj.core.groups.Tuple.tuple(
                        String.valueOf(l.task().number()), String.valueOf(l.overdue()))).toList());
        assertThat(sheet.lines()).extracting(l -> l.task().number()).containsExactly(1, 2, 8);
        WebElement department = tasks.findElement(By.cssSelector("tr[data-task='2']"));
        assertThat(department.getAttribute("class")).contains("overdue");
        assertThat(department.findElement(By.cssSelector("td.due")).getText()).isEqualTo("31/12/2022");
        assertThat(department.findElement(By.cssSelector("td.status")).getText()).contains("Chưa bắt đầu", "Quá hạn");
        assertThat(department.getText()).contains("Sở Giáo dục và Đào tạo", "trong tháng 12/2022");
        assertThat(tasks.findElement(By.cssSelector("tr[data-task='1'] td.due")).getText()).isEqualTo("Không có hạn");
        assertThat(tasks.findElement(By.cssSelector("tr[data-task='1']")).getAttribute("class")).doesNotContain("overdue");
        assertThat(tasks.findElement(By.cssSelector("p.overdue-count")).getText())
                .isEqualTo("1 nhiệm vụ quá hạn chưa hoàn thành");

        // the city's association (thidua.haiphong is also its officer) sets its own row; the department's row is
        // the People's Committee's to set (setBy), so this officer gets no form there
        assertThat(department.findElements(By.cssSelector("form.task-status"))).isEmpty();
        WebElement association = tasks.findElement(By.cssSelector("tr[data-task='1']"));
        new org.openqa.selenium.support.ui.Select(association.findElement(By.name("tinh-trang")))
                .selectByVisibleText("Đang thực hiện");
        association.findElement(By.name("ghi-chu")).sendKeys("Đã kiểm tra 3 quận");
        association.findElement(By.cssSelector("form.task-status button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#nhiem-vu tr[data-task='1']"),
                "Ghi chú: Đã kiểm tra 3 quận"));
        var set = planTasks.of("31", 2022).lines().stream().filter(l -> l.task().number() == 1).findFirst().orElseThrow();
        assertThat(set.item().status()).isEqualTo(org.learningsociety.core.plantask.TaskStatus.IN_PROGRESS);
        assertThat(set.item().setBy()).isEqualTo("thidua.haiphong");
        WebElement shown = browser.findElement(By.id("nhiem-vu"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", shown);
        Files.write(SCREENSHOTS.resolve("dashboard-nhiem-vu.png"), shown.getScreenshotAs(OutputType.BYTES));

        // the city's People's Committee, which answers for its departments, reports it done: no longer overdue
        var row = sheet.lines().stream().filter(l -> l.task().number() == 2).findFirst().orElseThrow();
        planTasks.setStatus(row.item().id(), org.learningsociety.core.plantask.TaskStatus.DONE,
                "Đã tổng kết, báo cáo Bộ Giáo dục và Đào tạo", null, (unit, body) -> unit.code().equals("31")
                        && body == org.learningsociety.core.unit.BodyKind.PEOPLES_COMMITTEE);
        browser.navigate().refresh();
        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#nhiem-vu tr[data-task='2']")));
        assertThat(done.getAttribute("class")).contains("done").doesNotContain("overdue");
        assertThat(done.getText()).contains("Đã hoàn thành", "Ghi chú: Đã tổng kết, báo cáo Bộ Giáo dục và Đào tạo");
        assertThat(browser.findElements(By.cssSelector("#nhiem-vu p.overdue-count"))).isEmpty();

        // a commune: the plan gives its table's rows to the city and the districts, none to a commune
        browser.get(url("/dashboard?don-vi=10507&nam=" + dashboard.lastFinishedYear()));
        WebElement commune = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nhiem-vu")));
        assertThat(commune.findElements(By.cssSelector("table.tasks"))).isEmpty();
        assertThat(commune.findElement(By.cssSelector("p.note")).getText()).isEqualTo("Bảng nhiệm vụ của kế hoạch "
                + "46/KH-UBND không giao nhiệm vụ nào cho cấp xã, phường, thị trấn năm " + dashboard.lastFinishedYear() + ".");
    }

    @Test
    void aLeaderDownloadsTheYearsWorkbooks() throws Exception {
        int year = dashboard.lastFinishedYear();
        logIn("/dashboard?don-vi=10507&nam=" + year, "thidua.haiphong");
        WebElement downloads = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".downloads")));
        List<String> links = downloads.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href")).toList();
        assertThat(links).anyMatch(l -> l.contains("/dashboard/tai-ve/chi-tieu"))
                .anyMatch(l -> l.contains("/dashboard/tai-ve/phu-luc/"));
        for (String link : links) {
            HttpResponse<byte[]> workbook = get(URI.create(link).getRawPath() + (URI.create(link).getRawQuery() == null
                    ? "" : "?" + URI.create(link).getRawQuery()));
            assertThat(workbook.statusCode()).as(link).isEqualTo(200);
            assertThat(workbook.headers().firstValue("Content-Type")).as(link).hasValue(XLSX);
            assertThat(workbook.headers().firstValue("Content-Disposition")).as(link).hasValueSatisfying(
                    d -> assertThat(d).contains("attachment", "filename*=UTF-8''"));
            assertThat(new String(workbook.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).as(link)
                    .isEqualTo("PK");
        }
    }

    /**
     * The ranking's rows are the library's children of the unit, each with its difference (rate − target,
     * the attainment's gap negated, to one decimal), in that difference's order, units without one last.
     */
    private void assertRanked(LearningModel model, int year, boolean ascending) {
        String code = browser.findElement(By.cssSelector("section.unit")).getAttribute("id").substring("don-vi-".length());
        Map<String, BigDecimal> expected = new HashMap<>();
        for (Attainment child : attainment.attainment(code, year, model).children()) {
            expected.put(child.unit().code(), child.gap() == null ? null : child.gap().negate());
        }
        List<WebElement> rows = browser.findElements(By.cssSelector("#xep-hang tbody tr"));
        List<String> shown = new ArrayList<>();
        List<BigDecimal> differences = new ArrayList<>();
        for (WebElement row : rows) {
            String unit = row.getAttribute("data-unit");
            shown.add(unit);
            String text = row.findElement(By.cssSelector("td.difference[data-model='" + model + "']")).getText();
            BigDecimal difference = expected.get(unit);
            assertThat(text).as(unit).isEqualTo(difference == null ? "—"
                    : (difference.signum() > 0 ? "+" : "") + difference.setScale(1, RoundingMode.HALF_UP).toPlainString());
            differences.add(difference);
        }
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected.keySet());
        Comparator<BigDecimal> order = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        List<BigDecimal> sorted = expected.values().stream().sorted(Comparator.nullsLast(order))
                .collect(Collectors.toCollection(ArrayList::new));
        assertThat(differences).as("%s, %s", model, ascending ? "worst first" : "best first")
                .usingElementComparator(Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
                .containsExactlyElementsOf(sorted);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).findElement(By.cssSelector("td.rank")).getText()).isEqualTo(String.valueOf(i + 1));
        }
    }

    /** The unit's figures of each model for the year are the library's attainment. */
    private void assertFigures(WebElement section, String code, int year) {
        for (LearningModel model : LearningModel.values()) {
            Attainment a = attainment.attainment(code, year, model);
            WebElement row = section.findElement(By.cssSelector("table.figures tr[data-model='" + model + "']"));
            assertThat(row.findElement(By.cssSelector("td.subjects")).getText()).as("%s %s", code, model)
                    .isEqualTo(String.valueOf(a.subjects()));
            assertThat(row.findElement(By.cssSelector("td.recognised")).getText()).as("%s %s", code, model)
                    .isEqualTo(String.valueOf(a.recognised()));
            assertThat(row.findElement(By.cssSelector("td.rate")).getText()).as("%s %s", code, model)
                    .isEqualTo(a.rate() == null ? "—" : a.rate().setScale(1, RoundingMode.HALF_UP).toPlainString() + "%");
        }
    }

    private void clickDifferenceHeader(LearningModel model) {
        browser.findElement(By.cssSelector("#xep-hang th.sortable[data-key='" + model + "'] a")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("xep-hang"), "data-sort", model.name()));
    }

    private void logIn(String path, String user) {
        browser.get(url(path));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("dang-nhap")).click();
    }

    /** A GET in the browser's session (its cookie), reading the status and body the browser cannot show. */
    private HttpResponse<byte[]> get(String path) throws IOException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package org.learningsociety.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.indicator.IndicatorValue;
import org.learningsociety.core.indicator.IndicatorValues;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.report.ReportRounds;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The indicator values a commune enters, in a real browser: the portal's page, filled in with the demo's
 * 2025 values, refusing a numerator above its denominator in Vietnamese and saving a correction; and
 * the yearly report's submission form in Camunda Tasklist, showing the commune's values filled in
 * under the plan's Vietnamese wording, and storing what the officer changes when the task completes.
 * Screenshots of both are kept under {@code target/screenshots/}.
 */
@Order(3)
class IndicatorValuesBrowserTest extends PortalContextTest {

    private static final String CHAIR = "COMMUNE_ASSOCIATION_CHAIR_MANAGES_CLC";
    private static final String CADRES = "COMMUNE_CADRES_IN_CLC_IT_TRAINED";
    private static final String MEMBERS = "ASSOCIATION_MEMBERS_STUDIED_DIRECTIVES";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    IndicatorValues values;
    @Autowired
    UnitDirectory units;
    @Autowired
    ReportRounds rounds;
    @Autowired
    TaskService tasks;

    private WebDriver browser;
    private WebDriverWait wait;
    private HeadlessChromium chromium;

    @BeforeEach
    void openBrowser() throws Exception {
        chromium = HeadlessChromium.open(1400, 1100);
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

    private IndicatorValue stored(String indicator) {
        return values.find(units.unitOn(DemoData.THANH_DONG, LocalDate.of(2025, 12, 31)).id(), 2025, indicator)
                .orElseThrow();
    }

    @Test
    void aCommuneOfficerSeesTheValuesFilledInCorrectsOneAndSavesIt() throws IOException {
        browser.get(url("/so-lieu-chi-tieu?xa=10507&nam=2025"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("hoikhuyenhoc.thanhdong");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("dang-nhap")).click();

        WebElement sheet = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("so-lieu")));
        assertThat(sheet.findElement(By.tagName("h2")).getText()).isEqualTo("Phường Thành Đông – năm 2025");
        WebElement cadres = sheet.findElement(By.id("chi-tieu-" + CADRES));
        assertThat(cadres.getText()).contains("Cán bộ khuyến học xã, phường, thị trấn tham gia tổ chức các hoạt động",
                "Mẫu số: Số cán bộ khuyến học", "Đơn vị nhập", "hoikhuyenhoc.thanhdong");
        assertThat(cadres.findElement(By.name("numerator_" + CADRES)).getAttribute("value")).isEqualTo("9");
        assertThat(cadres.findElement(By.name("denominator_" + CADRES)).getAttribute("value")).isEqualTo("12");
        assertThat(sheet.findElement(By.cssSelector("#chi-tieu-" + CHAIR + " input[value='yes']")).isSelected()).isTrue();
        assertThat(sheet.findElement(By.id("chi-tieu-CITIZEN_WORKERS_IN_FAMILIES")).getText())
                .contains("nhập tổng số nếu đơn vị không quản lý danh sách");
        screenshot("so-lieu-chi-tieu.png");

        type(cadres.findElement(By.name("numerator_" + CADRES)), "13");
        browser.findElement(By.id("luu-so-lieu")).click();
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#chi-tieu-" + CADRES + " .error")));
        assertThat(refused.getText()).isEqualTo("Tử số (13) không được lớn hơn mẫu số (12)");
        assertThat(browser.findElement(By.name("numerator_" + CADRES)).getAttribute("value")).as("kept").isEqualTo("13");
        screenshot("so-lieu-chi-tieu-tu-choi.png");
        assertThat(stored(CADRES).numerator()).isEqualTo(9);

        type(browser.findElement(By.name("numerator_" + CADRES)), "10");
        browser.findElement(By.id("luu-so-lieu")).click();
        WebElement saved = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#so-lieu .saved")));
        assertThat(saved.getText()).isEqualTo("Đã lưu 1 số liệu.");
        assertThat(browser.findElement(By.name("numerator_" + CADRES)).getAttribute("value")).isEqualTo("10");
        IndicatorValue corrected = stored(CADRES);
        assertThat(corrected.numerator()).isEqualTo(10);
        assertThat(corrected.enteredBy()).isEqualTo("hoikhuyenhoc.thanhdong");
    }

    @Test
    void theReportSubmissionFormInTasklistShowsTheValuesFilledInAndStoresTheOfficersChange() throws Exception {
        IndicatorValue cadres = stored(CADRES);
        IndicatorValue members = stored(MEMBERS);
        rounds.start(DemoData.THANH_DONG, org.learningsociety.core.plan.Plan.PROGRAMME_387, ReportPeriod.year(2025), LocalDate.now().plusDays(30));
        Task task = submissionTask();

        browser.get(url("/camunda/app/tasklist/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username'], input#username, input[name='username']"))).sendKeys("ubnd.thanhdong");
        browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("ol.tasks-list li.task")));
        browser.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
        waitOrDump(() -> wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(text(), 'Số liệu các chỉ tiêu đơn vị nhập')]"))), "tasklist-form");
        WebElement numerator = wait.until(ExpectedConditions.visibilityOfElementLocated(field(CADRES, "numerator")));
        wait.until(d -> !numerator.getAttribute("value").isEmpty());
        Files.writeString(SCREENSHOTS.resolve("tasklist-bao-cao-nam-2025.html"), browser.getPageSource());
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Gửi báo cáo lên cấp trên", "Số báo cáo", "Người ký (họ và tên)",
                "Chủ tịch hoặc Phó Chủ tịch Hội Khuyến học xã, phường, thị trấn tham gia quản lý Trung tâm học tập cộng đồng",
                "Mẫu số: Số cán bộ khuyến học xã, phường, thị trấn", "Tử số", "Mẫu số", "Ghi chú", "Có", "Không",
                "Người lao động trong “Gia đình học tập” đạt danh hiệu “Công dân học tập”");
        assertThat(numerator.getAttribute("value")).isEqualTo(cadres.numerator().toString());
        assertThat(browser.findElement(field(CADRES, "denominator")).getAttribute("value"))
                .isEqualTo(cadres.denominator().toString());
        assertThat(browser.findElement(field(MEMBERS, "numerator")).getAttribute("value"))
                .isEqualTo(members.numerator().toString());
        // form-js numbers a radio's options: 0 is "Có"
        assertThat(browser.findElement(By.cssSelector("input[type='radio'][id$='" + CHAIR.toLowerCase().replace('_', '-')
                + "-answer-0']")).isSelected()).isTrue();

        // the officer claims the task, corrects the members who studied the directives, fills in the report, sends it
        browser.findElement(By.xpath("//a[normalize-space(.)='Nhận việc'] | //button[normalize-space(.)='Nhận việc']")).click();
        wait.until(d -> d.findElement(field(MEMBERS, "numerator")).isEnabled());
        Thread.sleep(2000);  // Tasklist renders the form again once the task is the officer's
        assertThat(browser.findElement(field(CADRES, "numerator")).getAttribute("value"))
                .isEqualTo(cadres.numerator().toString());
        fullScreenshot("tasklist-bao-cao-nam-2025.png");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                browser.findElement(By.xpath("//*[contains(text(), 'Số liệu các chỉ tiêu đơn vị nhập')]")));
        screenshot("tasklist-bao-cao-nam-2025-chi-tieu.png");
        // a required field emptied says so in Vietnamese, not in form-js's English
        By signer = By.cssSelector("input[id*='report-submission-signer']");
        fill(signer, "x");
        browser.findElement(signer).sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Trường này là bắt buộc."));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Field is required");
        fill(field(MEMBERS, "numerator"), "415");
        fill(By.cssSelector("input[id*='report-submission-reportNumber']"), "15/BC-UBND");
        fill(By.cssSelector("input[id*='report-submission-signer']"), "Trần Văn Hùng");
        WebElement date = browser.findElement(By.cssSelector("input[id*='report-submission-reportDate']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", date);
        date.click();
        date.sendKeys("05/12/2026");  // day first: the starter makes the date fields dd/mm/yyyy
        date.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()",
                browser.findElement(By.cssSelector("input[id*='report-submission-signer']")));
        // the date's change renders the form again from its state; a text typed just before may not have
        // reached that state yet (form-js takes a field's input after a short delay): type it again if lost
        keep(By.cssSelector("input[id*='report-submission-signer']"), "Trần Văn Hùng");
        keep(By.cssSelector("input[id*='report-submission-reportNumber']"), "15/BC-UBND");
        assertThat(browser.findElement(field(MEMBERS, "numerator")).getAttribute("value")).isEqualTo("415");
        assertThat(browser.findElement(By.cssSelector("input[id*='report-submission-reportNumber']"))
                .getAttribute("value")).isEqualTo("15/BC-UBND");
        WebElement complete = waitOrDump(() -> wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[contains(., 'Hoàn thành')]"))), "tasklist-filled-in");
        // the date picker's calendar may still lie over the button: click it as the page's own script would
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", complete);
        waitOrDump(() -> wait.until(d -> tasks.createTaskQuery().taskId(task.getId()).count() == 0), "tasklist-complete");

        IndicatorValue changed = stored(MEMBERS);
        assertThat(changed.numerator()).isEqualTo(415);
        assertThat(changed.enteredBy()).isEqualTo("ubnd.thanhdong");
        assertThat(stored(CADRES).version()).as("unchanged, not written again").isEqualTo(cadres.version());
    }

    /** The form field of {@code part} of an indicator, by the id form-js gives it (its component's id). */
    private static By field(String code, String part) {
        return By.cssSelector("input[id*='report-submission-" + code.toLowerCase().replace('_', '-') + "-" + part + "']");
    }

    private Task submissionTask() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey("2025:" + DemoData.THANH_DONG)
                    .taskDefinitionKey("submitReport").list();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The 2025 report of Thành Đông has no submission task");
    }

    /** Types {@code text} over what the field holds, again if the form rendered anew meanwhile. */
    /** Types {@code text} into {@code field} again until the form has kept it for a second. */
    private void keep(By field, String text) throws InterruptedException {
        for (int attempt = 0; attempt < 5; attempt++) {
            Thread.sleep(1000);
            if (text.equals(browser.findElement(field).getAttribute("value"))) {
                return;
            }
            fill(field, text);
        }
    }

    private void fill(By field, String text) {
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement input = browser.findElement(field);
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); "
                    + "arguments[0].focus()", input);
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
            if (text.equals(browser.findElement(field).getAttribute("value"))) {
                return;
            }
        }
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** A screenshot of the whole scrolled page: the window made as tall as the page first. */
    private void fullScreenshot(String name) throws IOException {
        Object height = ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.body.scrollHeight, ...Array.from(document.querySelectorAll('*'))"
                        + ".map(e => e.scrollHeight))");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400,
                Math.min(6000, Math.max(1100, ((Number) height).intValue() + 200))));
        screenshot(name);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1100));
    }

    private <T> T waitOrDump(java.util.function.Supplier<T> condition, String name) {
        try {
            return condition.get();
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
                screenshot(name + ".png");
            } catch (IOException ignored) {
                // the timeout is what matters
            }
            throw e;
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

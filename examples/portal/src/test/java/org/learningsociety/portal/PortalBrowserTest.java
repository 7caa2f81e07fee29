package org.learningsociety.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal in a real browser (headless Chromium from the distribution, driven by its
 * chromedriver): an officer logs in, sees the dashboard's charts with their numbers, then logs into
 * Camunda Tasklist and opens a task of the demo cycle.
 */
@Order(2)
class PortalBrowserTest extends PortalContextTest {


    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;

    private WebDriver browser;
    private WebDriverWait wait;
    private HeadlessChromium chromium;

    @BeforeEach
    void openBrowser() throws Exception {
        chromium = HeadlessChromium.open(1400, 1000);
        browser = chromium.browser;
        wait = chromium.wait;
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void showsTheDashboardsChartsToALoggedInOfficer() {
        browser.get(url("/dashboard"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getPageSource()).contains("Đăng nhập");
        browser.findElement(By.id("username")).sendKeys("thidua.haiphong");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("dang-nhap")).click();

        // the leader opens on the city: its figures, its report status and the plan's indicators
        WebElement province = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("don-vi-31")));
        assertThat(province.getText()).contains("Thành phố Hải Phòng", "Gia đình học tập", "Chỉ tiêu");
        // the plan's whole table of indicators for last year: all eleven of 46/KH-UBND, with their sources
        WebElement indicators = province.findElement(By.cssSelector("table.indicators"));
        assertThat(indicators.getText()).contains("46/KH-UBND");
        assertThat(indicators.findElements(By.cssSelector("tbody tr[data-indicator]"))).hasSize(11);
        WebElement chair = indicators.findElement(By.cssSelector("tr[data-indicator='COMMUNE_ASSOCIATION_CHAIR_MANAGES_CLC']"));
        assertThat(chair.getText()).contains("Đơn vị nhập", "100%");
        WebElement workers = indicators.findElement(By.cssSelector("tr[data-indicator='CITIZEN_WORKERS_IN_FAMILIES']"));
        assertThat(workers.getText()).contains("Tính từ hồ sơ", "39/75");
        // each level's report status for last year: the city's own and its communes'
        WebElement reports = province.findElement(By.cssSelector("table.report-status"));
        assertThat(reports.getText()).contains("Báo cáo năm", "Đã gửi", "Chưa nộp khi hết hạn");
        assertThat(reports.findElement(By.cssSelector("td.own-status")).getText()).isNotBlank();

        // a commune of the city, from its row in the ranking: a chart per model over the years
        province.findElement(By.cssSelector("#xep-hang tr[data-unit='10507'] td.unit-name a")).click();
        WebElement commune = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("don-vi-10507")));
        WebElement family = commune.findElement(By.cssSelector(".chart[data-model='FAMILY']"));
        assertThat(family.findElements(By.tagName("svg"))).hasSize(1);
        List<WebElement> bars = family.findElements(By.cssSelector("svg rect.bar"));
        assertThat(bars).hasSizeGreaterThanOrEqualTo(4);
        WebElement bar2025 = family.findElement(By.cssSelector("svg rect.bar[data-year='2025']"));
        assertThat(Integer.parseInt(bar2025.getAttribute("height"))).isPositive();
        assertThat(family.findElements(By.cssSelector("svg line.target"))).isNotEmpty();
        WebElement row2025 = family.findElement(By.xpath(".//tr[td[1]='2025']"));
        assertThat(row2025.findElement(By.cssSelector("td.rate")).getText()).endsWith("%").isNotEqualTo("0.0%");
        assertThat(row2025.findElement(By.cssSelector("td.target-value")).getText()).endsWith("%");
        assertThat(bar2025.getAttribute("data-rate")).isEqualTo(row2025.findElement(By.cssSelector("td.rate")).getText());
    }

    @Test
    void letsTheCommuneOfficerOpenATaskInTasklist() {
        String officer = officerOfTheCyclesTask();
        browser.get(url("/camunda/app/tasklist/"));
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username'], input#username, input[name='username']")));
        user.sendKeys(officer);
        browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();

        By task = By.cssSelector("ol.tasks-list li.task");
        WebElement first = waitOrDump(() -> wait.until(ExpectedConditions.elementToBeClickable(task)),
                "tasklist");
        assertThat(browser.findElements(task)).isNotEmpty();
        assertThat(browser.getPageSource()).contains("Công việc của đơn vị tôi");
        String title = first.findElement(By.cssSelector("h4.task")).getText().trim();
        assertThat(title).isNotBlank();
        first.findElement(By.cssSelector("h4.task a")).click();
        wait.until(ExpectedConditions.urlContains("task="));
        waitOrDump(() -> wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[cam-tasklist-task-meta]"))), "task");
        waitOrDump(() -> wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".task-details, [cam-tasklist-task], .column-right"), title)), "task-title");
    }

    /**
     * The commune officer whose group holds the demo cycle's current task: which phase the cycle is in
     * depends on today's date against the BPMN's timers (registration, self-assessment, verification,
     * recognition, report).
     */
    private String officerOfTheCyclesTask() {
        Map<String, String> officers = Map.of("hoikhuyenhoc10507", "hoikhuyenhoc.thanhdong",
                "ubnd10507", "ubnd.thanhdong", "thidua31", "thidua.haiphong");
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            for (Task task : tasks.createTaskQuery().processInstanceBusinessKey("FAMILY:2026:10507").list()) {
                for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                    if (link.getGroupId() != null && officers.containsKey(link.getGroupId())) {
                        return officers.get(link.getGroupId());
                    }
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("The demo cycle FAMILY:2026:10507 has no task for a commune officer");
    }

    /** Waits; on a timeout keeps the page and a screenshot under target/ to see what the browser saw. */
    private <T> T waitOrDump(java.util.function.Supplier<T> condition, String name) {
        try {
            return condition.get();
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                Files.writeString(Path.of("target", name + ".html"), browser.getPageSource());
                Files.write(Path.of("target", name + ".png"),
                        ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(
                                org.openqa.selenium.OutputType.BYTES));
            } catch (java.io.IOException ignored) {
                // the timeout is what matters
            }
            throw e;
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

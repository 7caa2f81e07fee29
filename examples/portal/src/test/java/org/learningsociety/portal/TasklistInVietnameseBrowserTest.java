package org.learningsociety.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda Tasklist and Welcome as the starter serves them, in a browser whose language is English (as most
 * officers' are): an officer logs in on the Vietnamese login page, sees the task list and a task in
 * Vietnamese, without Camunda's English texts or its Camunda 8 banner, and dates as dd/MM/yyyy. With
 * {@code -Dscreens=docs/screens} it saves the screens there.
 */
@Order(4)
class TasklistInVietnameseBrowserTest extends PortalContextTest {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b\\d{2}/\\d{2}/\\d{4}\\b");
    private static final Pattern ENGLISH_DATE = Pattern.compile(
            "\\b(January|February|March|April|June|July|August|September|October|November|December)\\b");

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;

    private WebDriver browser;
    private WebDriverWait wait;
    private HeadlessChromium chromium;

    @BeforeEach
    void openBrowser() throws Exception {
        chromium = HeadlessChromium.open(1400, 900, "en-US");
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
    void showsAnOfficerTasklistInVietnamese() throws IOException {
        String officer = officerOfTheCyclesTask();
        browser.get(url("/camunda/app/tasklist/"));
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username'], input#username, input[name='username']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("button[type='submit']"),
                "Đăng nhập"));
        assertThat(user.getAttribute("placeholder")).isEqualTo("Tên đăng nhập");
        assertThat(browser.findElement(By.cssSelector("input[type='password']")).getAttribute("placeholder"))
                .isEqualTo("Mật khẩu");
        assertThat(text()).doesNotContain("Log in", "Camunda 8");
        screen("tasklist-dang-nhap");
        user.sendKeys(officer);
        browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("ol.tasks-list li.task")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Chọn một công việc trong danh sách."));
        assertThat(text()).contains("Công việc của đơn vị tôi", "Ngày tạo", "Tạo công việc", "Bắt đầu quy trình");
        assertNoEnglish();

        // found again: Tasklist may draw its list anew between the wait above and the click
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("ol.tasks-list li.task h4.task a"))).click();
        wait.until(ExpectedConditions.urlContains("task="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-tasklist-task-meta]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Biểu mẫu"));
        assertThat(text()).contains("Biểu mẫu", "Lịch sử", "Sơ đồ");
        assertNoEnglish();
        // the task's Camunda Form: its date fields are typed day first, though the browser is American
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
        for (WebElement date : browser.findElements(By.cssSelector(".fjs-form input[placeholder*='yyyy']"))) {
            assertThat(date.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        }
        screen("tasklist");
    }

    @Test
    void showsTheWelcomePageInVietnamese() throws IOException {
        browser.get(url("/camunda/app/welcome/default/"));
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username'], input#username, input[name='username']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("button[type='submit']"),
                "Đăng nhập"));
        user.sendKeys("hoikhuyenhoc.thanhdong");
        browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Ứng dụng"));
        assertThat(text()).contains("Ứng dụng", "Hồ sơ", "Đổi mật khẩu", "Liên kết")
                .doesNotContain("Applications", "Profile", "Change password", "Camunda 8");
        screen("welcome");
    }

    /** Camunda's own English texts an officer used to see, its banner, and English or month-first dates. */
    private void assertNoEnglish() {
        String text = text();
        assertThat(text).doesNotContain("Select a task in the list", "Filters", "Camunda 8", "Claim",
                "Created", "Add a simple filter");
        assertThat(ENGLISH_DATE.matcher(text).find()).as("an English month in: %s", text).isFalse();
        for (var date = DAY_MONTH_YEAR.matcher(text); date.find(); ) {
            int day = Integer.parseInt(date.group().substring(0, 2));
            int month = Integer.parseInt(date.group().substring(3, 5));
            assertThat(day).as(date.group()).isBetween(1, 31);
            assertThat(month).as(date.group()).isBetween(1, 12);
        }
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Saves the screen under {@code -Dscreens=<directory>} (docs/screens), for the documentation. */
    private void screen(String name) throws IOException {
        String directory = System.getProperty("screens");
        if (directory != null) {
            Path file = Path.of(directory, name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
    }

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

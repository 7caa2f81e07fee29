package org.learningsociety.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screenshots of docs/screens, taken from a portal already running with its demo data, the way its
 * users see it: one command, not part of the test suite (its name is not a test's, so surefire runs it
 * only when named):
 *
 * <pre>
 * mvn -q -pl examples/portal test -Dtest=ScreensOfARunningPortal -Dportal.url=http://localhost:8080 \
 *     -Dscreens=$PWD/docs/screens -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Each screen waits for what it must show (a heading, a table, a task's form) and fails when it does not
 * come, so a screen that broke is not saved as if it were fine.
 */
class ScreensOfARunningPortal {

    private final String portal = System.getProperty("portal.url");
    private final Path screens = Path.of(System.getProperty("screens", "docs/screens"));

    @Test
    void takesEveryScreen() throws IOException, InterruptedException {
        Assumptions.assumeTrue(portal != null, "no -Dportal.url: this command needs a running portal");
        Files.createDirectories(screens);
        try (HeadlessChromium chromium = HeadlessChromium.open(1600, 1100)) {
            WebDriver browser = chromium.browser;
            WebDriverWait wait = chromium.wait;

            browser.get(portal + "/login");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            save(browser, "dang-nhap", 1100);
            logIn(chromium, "thidua.haiphong");
            browser.get(portal + "/dashboard?nam=2025");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#xep-hang tr[data-unit]")));
            save(browser, "dashboard-thanh-pho", 1500);
            browser.get(portal + "/dashboard?don-vi=10507&nam=2025");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#xep-hang tr[data-unit]")));
            save(browser, "dashboard-xa", 2000);
            browser.get(portal + "/dashboard?don-vi=10507-01&nam=2025");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.unit h2")));
            save(browser, "dashboard-thon", 1400);
            // the city's 2022 plan tasks: Hải Phòng's Department of Education's December 2022 row is overdue
            browser.get(portal + "/dashboard?don-vi=31&nam=2022");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nhiem-vu table.tasks tr[data-task]")));
            saveElement(browser, "dashboard-nhiem-vu", By.id("nhiem-vu"));
            logOut(chromium);

            logIn(chromium, "hoikhuyenhoc.thanhdong");
            browser.get(portal + "/dashboard");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.unit h2")));
            save(browser, "dashboard-can-bo-xa", 1400);
            browser.get(portal + "/so-lieu-chi-tieu?xa=10507&nam=2025");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.indicator-values")));
            save(browser, "so-lieu-chi-tieu", 1100);
            browser.get(portal + "/thon/10507-01?nam=2025&mo-hinh=FAMILY");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.score-grid")));
            save(browser, "thon-cham-diem", 1300);
            browser.get(portal + "/thon/10507-01/minh-chung?nam=2025&mo-hinh=FAMILY");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1, h2")));
            save(browser, "thon-minh-chung", 1300);
            logOut(chromium);

            // Tasklist: the village registration task of the association, then the committee's recognition
            tasklist(chromium, "hoikhuyenhoc.thanhdong", "Tiếp nhận đăng ký", "tasklist-dang-ky-thon");
            tasklist(chromium, "ubnd.thanhdong", "Công nhận", "tasklist");
            // the city's honouring congress: two subjects chosen from the list, the list open at a third
            tasklist(chromium, "thidua.haiphong", "Chọn điển hình tiên tiến", "tasklist-de-nghi-khen-thuong");
        }
    }

    /**
     * Claims the honouring proposal (its form is closed until then), chooses two subjects of its list
     * found by a search, and opens the list at a third.
     */
    private static void chooseExemplary(HeadlessChromium chromium) throws InterruptedException {
        WebDriver browser = chromium.browser;
        // claimed already when the command ran before on the same demo
        browser.findElements(By.xpath("//a[normalize-space(.)='Nhận việc'] | //button[normalize-space(.)='Nhận việc']"))
                .forEach(WebElement::click);
        chromium.wait.until(d -> d.findElements(By.cssSelector(".disabled-form")).isEmpty());
        Thread.sleep(2000); // Tasklist renders the form again once the task is the officer's
        chromium.wait.until(d -> "Tìm kiếm".equals(d.findElement(By.cssSelector(".fjs-taglist input"))
                .getAttribute("placeholder")));
        for (int chosen = 0; chosen < 2; chosen++) {
            WebElement search = browser.findElement(By.cssSelector(".fjs-taglist input"));
            search.click();
            search.sendKeys("Lê");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-dropdownlist-item")));
            browser.findElement(By.cssSelector(".fjs-dropdownlist-item")).click();
        }
        // the forms of award the plan in force gives at the reviews, as it names them
        browser.findElement(By.cssSelector(".fjs-form h3, .fjs-form h1, .fjs-form p")).click();
        WebElement forms = browser.findElement(By.xpath("//label[contains(., 'Hình thức khen thưởng')]"
                + "/following::*[contains(@class, 'fjs-input-group')][1]"));
        browser.manage().window().setSize(new Dimension(1600, 1300));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", forms);
        Thread.sleep(500);
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(forms).click().perform();
        chromium.wait.until(d -> d.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .anyMatch(item -> item.getText().contains("Bằng khen của Thủ tướng Chính phủ")));
    }

    private void tasklist(HeadlessChromium chromium, String officer, String task, String name)
            throws IOException, InterruptedException {
        WebDriver browser = chromium.browser;
        browser.manage().deleteAllCookies();
        browser.get(portal + "/camunda/app/tasklist/");
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username'], input#username, input[name='username']"))).sendKeys(officer);
        if (name.equals("tasklist")) {
            save(browser, "tasklist-dang-nhap", 1100);
        }
        browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        chromium.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("ol.tasks-list li.task")));
        browser.findElements(By.cssSelector("ol.tasks-list li.task h4.task a")).stream()
                .filter(link -> link.getText().contains(task)).findFirst()
                .orElseThrow(() -> new AssertionError(officer + " has no task \"" + task + "\"")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
        if (name.equals("tasklist-de-nghi-khen-thuong")) {
            chooseExemplary(chromium);
        }
        save(browser, name, 1300);
        browser.get(portal + "/camunda/app/welcome/default/");
        if (name.equals("tasklist")) {
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Ứng dụng"));
            save(browser, "welcome", 900);
        }
    }

    private void logIn(HeadlessChromium chromium, String user) {
        chromium.browser.get(portal + "/login");
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        chromium.browser.findElement(By.id("password")).sendKeys("demo");
        chromium.browser.findElement(By.id("dang-nhap")).click();
        chromium.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void logOut(HeadlessChromium chromium) {
        chromium.browser.manage().deleteAllCookies();
    }

    /** One section of the page, scrolled into view, saved as {@code name}.png. */
    private void saveElement(WebDriver browser, String name, By section) throws IOException {
        browser.manage().window().setSize(new Dimension(1600, 1100));
        var element = browser.findElement(section);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", element);
        Files.write(screens.resolve(name + ".png"), element.getScreenshotAs(OutputType.BYTES));
    }

    /** The window made {@code height} tall (the page's length), then saved as {@code name}.png. */
    private void save(WebDriver browser, String name, int height) throws IOException {
        browser.manage().window().setSize(new Dimension(1600, height));
        Files.write(screens.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}

package org.learningsociety.portal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven by its chromedriver, in a profile of its own, for the portal's
 * browser tests: skipped where they are not installed, except in CI.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final WebDriver browser;
    final WebDriverWait wait;
    private final Path profile;

    private HeadlessChromium(WebDriver browser, Path profile) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        this.profile = profile;
    }

    /** A browser window of {@code width} × {@code height}, in Vietnamese. */
    static HeadlessChromium open(int width, int height) throws IOException {
        return open(width, height, "vi");
    }

    /**
     * A browser window of {@code width} × {@code height} whose language is {@code language} ({@code en-US}),
     * in Vietnam's time zone as an officer's computer is.
     */
    static HeadlessChromium open(int width, int height, String language) throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && System.getenv("CI") == null) {
            Assumptions.abort("Chromium and chromedriver are not installed (apt-get install chromium "
                    + "chromium-driver): the browser test is skipped here; in CI it runs");
        }
        Path profile = Files.createTempDirectory("portal-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + width + "," + height, "--lang=" + language, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .withEnvironment(java.util.Map.of("TZ", "Asia/Ho_Chi_Minh")).build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    @Override
    public void close() {
        browser.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }
}

package org.learningsociety.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Indicator;
import org.learningsociety.core.evidence.EvidenceUploads;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.VillageAssessments;
import org.learningsociety.core.registration.VillageRoll;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.VillageSubjects;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
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
 * The village page in a real browser, as the commune's association officer uses it in the ward.s
 * cycle (the ward's 2027 {@code FAMILY} cycle, see {@link #YEAR}): scores typed in the grid, one out of range marked on its cell and
 * refused by the server, saved, the household's points shown, the village's task completed from the
 * page; and the village's workbook downloaded, filled with one bad row, uploaded, that row named with
 * its reason and nothing stored. Screenshots under {@code target/screenshots/}.
 */
@Order(4)
class VillagePageBrowserTest extends PortalContextTest {

    /**
     * The year of the cycle the tests work in: the demo's 2026 cycle has no village task open once its
     * verification window closed (its timers follow today's date), so the tests start the ward's 2027
     * cycle, whose villages' registration tasks stay open until the plan's 2027 dates.
     */
    private static final int YEAR = 2027;
    private static final String CYCLE = "FAMILY:" + YEAR + ":" + DemoData.THANH_DONG;
    private static final String OFFICER = "hoikhuyenhoc.thanhdong";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    VillageRoll roll;
    @Autowired
    VillageSubjects villageSubjects;
    @Autowired
    VillageAssessments assessments;
    @Autowired
    EvidenceUploads uploads;
    @Autowired
    org.learningsociety.workflow.cycle.CampaignLauncher campaigns;

    private WebDriver browser;
    private WebDriverWait wait;
    private HeadlessChromium chromium;

    @BeforeEach
    void openBrowser() throws Exception {
        chromium = HeadlessChromium.open(1500, 1000);
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
    void anOfficerEntersScoresForAVillageOnThePageAndCompletesItsTask() throws Exception {
        Task task = villageTask(0);
        String village = (String) tasks.getVariable(task.getId(), "batchCode");
        boolean verifying = "verifyBatch".equals(task.getTaskDefinitionKey());
        List<Subject> households = register(village, 3);
        VillageAssessments.Sheet sheet = assessments.sheet(village, YEAR, LearningModel.FAMILY);
        List<Indicator> indicators = sheet.set().indicators();
        // the two others self-assessed with their evidence files (and verified, when verifying is the step)
        for (Subject other : households.subList(1, 3)) {
            selfAssessWithEvidence(village, other, 8);
            if (verifying) {
                assessments.verify(village, YEAR, LearningModel.FAMILY, List.of(row(1, other, 8, indicators)), "demo");
            }
        }
        if (verifying) {
            selfAssessWithEvidence(village, households.get(0), 9);
        }
        Subject first = households.get(0);

        login("/thon/" + village + "?nam=" + YEAR + "&mo-hinh=FAMILY");
        WebElement grid = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bang-diem")));
        assertThat(browser.findElement(By.tagName("h2")).getText()).contains(village, "Gia đình học tập năm " + YEAR);
        for (Indicator indicator : indicators) {
            assertThat(grid.findElement(By.id("cot-" + indicator.code())).getText())
                    .contains(indicator.code(), "tối đa " + indicator.maxPoints());
        }
        WebElement row = grid.findElement(By.id("ho-" + first.externalId()));
        assertThat(row.getText()).contains(first.name(), verifying ? "Đã tự đánh giá" : "Đã đăng ký");
        assertThat(browser.findElement(By.id("cong-viec")).getText()).contains("Hoàn thành công việc của thôn");

        // every indicator 9 (0 where evidence is required and none is cited, on the self-assessment), 15 on the first
        Indicator firstIndicator = indicators.get(0);
        int expected = 0;
        for (Indicator indicator : indicators) {
            int points = !verifying && indicator.evidenceRequired() ? 0 : Math.min(9, indicator.maxPoints());
            expected += points;
            type(cell(first, indicator), String.valueOf(points));
        }
        type(cell(first, firstIndicator), "15");
        WebElement marked = cell(first, firstIndicator);
        assertThat(marked.getAttribute("class")).contains("invalid");
        assertThat(marked.findElement(By.xpath("..")).getText())
                .isEqualTo("Vượt quá điểm tối đa " + firstIndicator.maxPoints());
        screenshot("thon-cham-diem-o-sai.png");

        browser.findElement(By.id("luu-diem")).click();
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#ho-" + first.externalId() + " .row-error")));
        assertThat(refused.getText()).contains("Điểm của chỉ số " + firstIndicator.code() + " vượt quá điểm tối đa "
                + firstIndicator.maxPoints());
        assertThat(browser.findElement(By.id("loi")).getText()).contains("không hộ nào được lưu");
        assertThat(cell(first, firstIndicator).getAttribute("value")).as("kept as typed").isEqualTo("15");
        assertThat(registration(village, first).status()).isEqualTo(verifying ? RegistrationStatus.SELF_ASSESSED
                : RegistrationStatus.REGISTERED);

        int corrected = !verifying && firstIndicator.evidenceRequired() ? 0 : Math.min(9, firstIndicator.maxPoints());
        type(cell(first, firstIndicator), String.valueOf(corrected));
        browser.findElement(By.id("luu-diem")).click();
        WebElement saved = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thong-bao")));
        assertThat(saved.getText()).isEqualTo("Đã lưu 1 hộ.");
        WebElement stored = browser.findElement(By.id("ho-" + first.externalId()));
        assertThat(stored.findElement(By.className("points")).getText())
                .isEqualTo(expected + (verifying ? " (thẩm định)" : " (tự đánh giá)"));
        assertThat(stored.findElement(By.className("status")).getText())
                .isEqualTo(verifying ? "Đã thẩm định" : "Đã tự đánh giá");
        Registration after = registration(village, first);
        assertThat(verifying ? after.verifiedScores().total() : after.selfScores().total()).isEqualTo(expected);
        fullScreenshot("thon-cham-diem.png");

        // the evidence the other households cite, and one file served through the evidence store
        browser.findElement(By.cssSelector("#ho-" + households.get(1).externalId() + " td:last-child a")).click();
        WebElement evidence = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("minh-chung")));
        assertThat(evidence.getText()).contains(households.get(1).name(), "Xác nhận của thôn");
        WebElement file = evidence.findElement(By.className("evidence-file"));
        HttpResponse<byte[]> served = get(file.getAttribute("href"));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        screenshot("thon-minh-chung.png");

        browser.get(url("/thon/" + village + "?nam=" + YEAR + "&mo-hinh=FAMILY"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("hoan-thanh"))).click();
        WebElement completed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thong-bao")));
        assertThat(completed.getText()).startsWith("Đã hoàn thành công việc");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the task is gone").isZero();
        assertThat(browser.findElement(By.id("cong-viec")).getText())
                .contains("Thôn không có công việc nào đang mở");
    }

    @Test
    void anUploadedWorkbookWithABadRowIsRefusedWithTheRowNamedAndNothingStored() throws Exception {
        Task task = villageTask(1);
        String village = (String) tasks.getVariable(task.getId(), "batchCode");
        String step = "verifyBatch".equals(task.getTaskDefinitionKey()) ? "tham-dinh" : "tu-danh-gia";
        List<Subject> households = register(village, 2);
        if (step.equals("tham-dinh")) {
            for (Subject household : households) {
                selfAssessWithEvidence(village, household, 8);
            }
        }
        List<RegistrationStatus> before = households.stream().map(h -> registration(village, h).status()).toList();

        login("/thon/" + village + "?nam=" + YEAR + "&mo-hinh=FAMILY&buoc=" + step);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bang-diem")));
        HttpResponse<byte[]> download = get(browser.findElement(By.id("tai-ve")).getAttribute("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");

        // every household filled with 0 points (no evidence needed), the second one's first score above its maximum
        Path filled = Files.createTempFile("thon", ".xlsx");
        int badLine;
        String badIndicator;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<Integer> scoreColumns = new ArrayList<>();
            for (Cell c : header) {
                String name = key(c.getStringCellValue());
                if (name.matches("\\d+(\\.\\d+)*")) {
                    scoreColumns.add(c.getColumnIndex());
                }
            }
            assertThat(scoreColumns).isNotEmpty();
            int idColumn = 0;
            for (Cell c : header) {
                if ("external_id".equals(key(c.getStringCellValue()))) {
                    idColumn = c.getColumnIndex();
                }
            }
            badLine = -1;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row line = sheet.getRow(r);
                if (line == null || line.getCell(idColumn) == null) {
                    continue;
                }
                for (int column : scoreColumns) {
                    line.createCell(column).setCellValue(0);
                }
                if (households.get(1).externalId().equals(line.getCell(idColumn).getStringCellValue())) {
                    badLine = r + 1;
                    line.getCell(scoreColumns.get(0)).setCellValue(99);
                }
            }
            assertThat(badLine).as("the second household is in the workbook").isPositive();
            badIndicator = key(header.getCell(scoreColumns.get(0)).getStringCellValue());
            try (var out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }

        browser.findElement(By.id("tep")).sendKeys(filled.toAbsolutePath().toString());
        browser.findElement(By.id("gui-tep")).click();
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dong-" + badLine)));
        assertThat(refused.getText()).contains(String.valueOf(badLine), households.get(1).externalId(),
                households.get(1).name(), "99", "Điểm của chỉ số " + badIndicator + " vượt quá điểm tối đa");
        assertThat(browser.findElement(By.id("loi")).getText()).contains("không dòng nào được lưu");
        screenshot("thon-tai-len-loi.png");
        assertThat(households.stream().map(h -> registration(village, h).status()).toList())
                .as("nothing stored").isEqualTo(before);
        Files.deleteIfExists(filled);
    }

    @Test
    void theVillagePageAsksForALoginAndRefusesAnOfficerOfAnotherCommuneInVietnamese() throws Exception {
        HttpResponse<byte[]> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                url("/thon/10507-01?nam=" + YEAR + "&mo-hinh=FAMILY"))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");

        browser.get(url("/thon/10507-01?nam=" + YEAR + "&mo-hinh=FAMILY"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("hoikhuyenhoc.haiduong");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("dang-nhap")).click();
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tu-choi")));
        assertThat(refused.getText()).contains("Không có quyền truy cập", "không thuộc đơn vị của bạn");
        assertThat(get(browser.getCurrentUrl()).statusCode()).isEqualTo(403);
        assertThat(get(url("/thon/10507-01/tai-ve?nam=" + YEAR + "&mo-hinh=FAMILY")).statusCode()).isEqualTo(403);
    }

    /** The {@code index}-th open village task of the demo cycle offered to the ward's association. */
    private Task villageTask(int index) throws InterruptedException {
        org.learningsociety.core.campaign.CycleKey key = org.learningsociety.core.campaign.CycleKey.parse(CYCLE);
        if (!campaigns.isRunning(key)) {
            campaigns.start(DemoData.THANH_DONG, YEAR, LearningModel.FAMILY);
        }
        // the cycle prepares its villages' tasks in a job of its own: they appear within seconds of its start
        List<Task> open = List.of();
        long deadline = System.currentTimeMillis() + 60_000;
        while (open.size() <= index && System.currentTimeMillis() < deadline) {
            open = tasks.createTaskQuery().processInstanceBusinessKey(CYCLE)
                    .taskDefinitionKeyIn("registerBatch", "selfAssessBatch", "verifyBatch").taskCandidateGroup(
                            "hoikhuyenhoc" + DemoData.THANH_DONG).orderByTaskCreateTime().asc().list();
            if (open.size() <= index) {
                Thread.sleep(500);
            }
        }
        assertThat(open).as("open village tasks of " + CYCLE).hasSizeGreaterThan(index);
        return open.stream().sorted(java.util.Comparator.comparing(t -> String.valueOf(
                tasks.getVariable(t.getId(), "batchCode")))).toList().get(index);
    }

    /** Registers the village's first {@code count} households not yet registered for the year, through the village roll. */
    private List<Subject> register(String village, int count) {
        List<String> registered = assessments.sheet(village, YEAR, LearningModel.FAMILY).entries().stream()
                .map(e -> e.subject().externalId()).toList();
        List<Subject> chosen = villageSubjects.listOf(village, LearningModel.FAMILY).subjects().stream()
                .filter(s -> !registered.contains(s.externalId())).limit(count).toList();
        List<VillageRoll.Row> rows = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            rows.add(new VillageRoll.Row(i + 1, chosen.get(i).externalId()));
        }
        roll.register(village, YEAR, LearningModel.FAMILY, rows);
        return chosen;
    }

    private void selfAssessWithEvidence(String village, Subject household, int points) throws IOException {
        Registration registration = registration(village, household);
        List<Indicator> indicators = assessments.sheet(village, YEAR, LearningModel.FAMILY).set().indicators();
        List<VillageAssessments.EvidenceItem> evidence = new ArrayList<>();
        byte[] png = png();
        for (Indicator indicator : indicators) {
            if (indicator.evidenceRequired()) {
                Evidence stored = uploads.upload(new EvidenceUploads.Upload(registration.id(), indicator.code(),
                        "Xác nhận của thôn", "xac-nhan.png", "image/png", png.length, new ByteArrayInputStream(png)));
                evidence.add(new VillageAssessments.EvidenceItem(stored.indicator(), stored.reference(), stored.title()));
            }
        }
        VillageAssessments.Row row = row(1, household, points, indicators);
        assessments.selfAssess(village, YEAR, LearningModel.FAMILY, List.of(new VillageAssessments.Row(1,
                row.externalId(), row.scores(), evidence, null)));
    }

    private static VillageAssessments.Row row(int number, Subject household, int points, List<Indicator> indicators) {
        return new VillageAssessments.Row(number, household.externalId(), indicators.stream()
                .map(i -> new VillageAssessments.Score(i.code(), Math.min(points, i.maxPoints()))).toList(), null, null);
    }

    private Registration registration(String village, Subject household) {
        return assessments.sheet(village, YEAR, LearningModel.FAMILY).entries().stream()
                .filter(e -> e.subject().id().equals(household.id())).findFirst().orElseThrow().registration();
    }

    /** A column's key as the workbook's header gives it: the text in its last parentheses. */
    private static String key(String header) {
        String text = header.strip();
        return text.endsWith(")") && text.lastIndexOf('(') >= 0
                ? text.substring(text.lastIndexOf('(') + 1, text.length() - 1).strip() : text;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private void login(String path) {
        browser.get(url(path));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(OFFICER);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("dang-nhap")).click();
    }

    private WebElement cell(Subject household, Indicator indicator) {
        return browser.findElement(By.cssSelector("#ho-" + household.externalId() + " input[data-indicator='"
                + indicator.code() + "']"));
    }

    /** A GET under the browser's session, as the officer's download would be. */
    private HttpResponse<byte[]> get(String href) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue())
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void fullScreenshot(String name) throws IOException {
        Object height = ((JavascriptExecutor) browser).executeScript("return document.body.scrollHeight");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1500,
                Math.min(4000, Math.max(1000, ((Number) height).intValue() + 40))));
        screenshot(name);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1500, 1000));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

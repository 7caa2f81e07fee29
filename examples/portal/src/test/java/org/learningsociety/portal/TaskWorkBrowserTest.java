package org.learningsociety.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.registration.Registering;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.registration.SelfAssessing;
import org.learningsociety.core.registration.SelfAssessment;
import org.learningsociety.core.registration.Verification;
import org.learningsociety.core.registration.Verifying;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.test.criteria.HouseholdScores;
import org.learningsociety.test.cycle.CycleDriver;
import org.learningsociety.workflow.keys.LibraryKeys;
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
 * The cycle's tasks show their work in Camunda Tasklist, in a real browser: the association officer
 * opens the self-assessment task of the demo ward's first residential group and sees its households
 * with their status, points and what each still lacks; the People's Committee officer opens the
 * recognition task and sees the households the decision would recognise and those it would not, each
 * with its reason. Six households of the group are registered for 2026 (two verified above the
 * threshold, one verified below it, one self-assessed, two never self-assessed); each task is opened
 * by starting its phase's process for the demo's {@code FAMILY:2026:10507} with the engine's clock
 * inside that phase's window. The browser selects by the form's content only, not by Tasklist's own
 * wording, whatever its language. Screenshots under {@code target/screenshots/}.
 */
@Order(4)
class TaskWorkBrowserTest extends PortalContextTest {

    private static final String VILLAGE = DemoData.THANH_DONG + "-01";
    private static final CycleKey CYCLE = new CycleKey(LearningModel.FAMILY, 2026, DemoData.THANH_DONG);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    Subjects subjects;
    @Autowired
    UnitDirectory units;
    @Autowired
    Registrations registrations;
    @Autowired
    Registering registering;
    @Autowired
    SelfAssessing selfAssessing;
    @Autowired
    Verifying verifying;

    private WebDriver browser;
    private WebDriverWait wait;
    private HeadlessChromium chromium;
    private final List<ProcessInstance> started = new ArrayList<>();

    @BeforeEach
    void openBrowser() throws Exception {
        chromium = HeadlessChromium.open(1400, 1400);
        browser = chromium.browser;
        wait = chromium.wait;
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowserAndPhase() {
        if (chromium != null) {
            chromium.close();
        }
        started.forEach(instance -> {
            if (runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
                runtime.deleteProcessInstance(instance.getId(), "browser test done");
            }
        });
        ClockUtil.reset();
    }

    @Test
    void showsTheVillagesHouseholdsWithStatusPointsAndWhatIsMissingInItsTask() throws Exception {
        List<Subject> households = householdsOf2026();
        Task task = openPhase(LibraryKeys.SELF_ASSESS, "selfAssessBatch", "hoikhuyenhoc" + DemoData.THANH_DONG,
                "2026-05-15T09:00:00");

        logIn("hoikhuyenhoc.thanhdong");
        open(task);
        WebElement form = formShowing(households.get(0).name());

        String text = form.getText();
        for (Subject household : households) {
            assertThat(text).contains(household.name(), household.externalId());
        }
        assertThat(rowOf(form, households.get(0).externalId())).contains("Đã thẩm định", "90");
        assertThat(rowOf(form, households.get(2).externalId())).contains("Đã thẩm định", "70", "Chưa đạt");
        assertThat(rowOf(form, households.get(3).externalId())).contains("Đã tự đánh giá", "90", "Chờ thẩm định");
        assertThat(rowOf(form, households.get(4).externalId())).contains("Đã đăng ký", "Chưa tự đánh giá");
        assertThat(text).contains("Đã thẩm định: 3", "Đã tự đánh giá: 1");
        assertThat(form.findElement(By.partialLinkText("Mở trang")).getAttribute("href"))
                .endsWith("/thon/" + VILLAGE + "?nam=2026&mo-hinh=FAMILY");
        screenshot("tasklist-cong-viec-thon.png");
    }

    @Test
    void showsTheRecognitionTasksListsWithTheReasonForEachNotRecognised() throws Exception {
        List<Subject> households = householdsOf2026();
        Task task = openPhase(LibraryKeys.RECOGNISE, "recogniseCommune", "ubnd" + DemoData.THANH_DONG, "2026-11-20T09:00:00");

        logIn("ubnd.thanhdong");
        open(task);
        WebElement form = formShowing(households.get(0).name());

        List<WebElement> tables = form.findElements(By.tagName("table"));
        assertThat(tables).hasSize(2);
        String recognised = tables.get(0).getText();
        String notRecognised = tables.get(1).getText();
        assertThat(recognised).contains(households.get(0).name(), households.get(1).name())
                .doesNotContain(households.get(2).name(), households.get(3).name(), households.get(4).name());
        assertThat(rowOf(tables.get(1), households.get(2).name())).contains("Chưa đạt danh hiệu");
        assertThat(rowOf(tables.get(1), households.get(3).name())).contains("Chưa được thẩm định");
        assertThat(rowOf(tables.get(1), households.get(4).name())).contains("Chưa tự đánh giá");
        assertThat(notRecognised).doesNotContain(households.get(0).name());
        assertThat(form.findElement(By.partialLinkText("dự thảo phụ lục")).getAttribute("href"))
                .endsWith("/api/learning-society/v1/campaigns/FAMILY:2026:10507/recognition-annex.xlsx");
        screenshot("tasklist-cong-nhan.png");
    }

    /**
     * The first six households of the group, registered for 2026 once: the first two verified at 90
     * points, the third verified at 70 (below the title), the fourth self-assessed at 90, the last two
     * never self-assessed.
     */
    private List<Subject> householdsOf2026() {
        List<Subject> six = subjects.findByUnit(units.unitOn(VILLAGE, LocalDate.of(2026, 1, 1)).id(),
                LearningModel.FAMILY).stream().sorted(Comparator.comparing(Subject::externalId)).limit(6).toList();
        if (registrations.idOf(six.get(0).id(), 2026).isPresent()) {
            return six;
        }
        List<RegistrationId> ids = registering.registerAll(six.stream().map(Subject::id).toList(), 2026).stream()
                .map(r -> r.id()).toList();
        for (int i = 0; i < 4; i++) {
            selfAssessing.selfAssess(new SelfAssessment(ids.get(i), HouseholdScores.uniform(9),
                    HouseholdScores.evidence()), false);
        }
        for (int i = 0; i < 3; i++) {
            verifying.verify(new Verification(ids.get(i), HouseholdScores.uniform(i == 2 ? 7 : 9),
                    "Hội Khuyến học phường Thành Đông", null));
        }
        return six;
    }

    /** Starts the phase's process for the demo cycle with the engine's clock at {@code at}, and its task for the group. */
    private Task openPhase(String process, String taskKey, String group, String at) throws InterruptedException {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(java.time.LocalDateTime.parse(at), VIETNAM).toInstant()));
        ProcessInstance instance = new CycleDriver(engine).start(process, CYCLE);
        started.add(instance);
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            for (Job job : management.createJobQuery().processInstanceId(instance.getId()).messages().list()) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException raced) {
                    // the job executor took it first
                }
            }
            for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                    .taskCandidateGroup(group).list()) {
                Object batch = tasks.getVariable(task.getId(), "batchCode");
                if (batch == null || VILLAGE.equals(batch)) {
                    return task;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no " + taskKey + " task for " + group);
    }

    /** Logs in to Tasklist, once more if the first try was typed before the page was ready. */
    private void logIn(String officer) {
        By taskList = By.cssSelector("ol.tasks-list li.task");
        for (int attempt = 1; ; attempt++) {
            browser.get(url("/camunda/app/tasklist/"));
            WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("input[ng-model='username'], input#username, input[name='username']")));
            user.sendKeys(officer);
            browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
            browser.findElement(By.cssSelector("button[type='submit']")).click();
            try {
                new WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                        .until(ExpectedConditions.presenceOfElementLocated(taskList));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Opens the task from the list when it shows it (by its id in the link), else by its address. */
    private void open(Task task) {
        List<WebElement> links = browser.findElements(By.cssSelector("ol.tasks-list li.task a[href*='" + task.getId() + "']"));
        if (links.isEmpty()) {
            browser.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
        } else {
            links.get(0).click();
        }
    }

    /** The Camunda Form once it shows {@code text}. */
    private WebElement formShowing(String text) {
        By form = By.cssSelector(".fjs-form");
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(form, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                Files.writeString(SCREENSHOTS.resolve("task-work-timeout.html"), browser.getPageSource());
                screenshot("task-work-timeout.png");
            } catch (Exception ignored) {
                // the timeout is what matters
            }
            throw e;
        }
        return browser.findElement(form);
    }

    /** The text of the table row holding {@code cell}. */
    private static String rowOf(WebElement within, String cell) {
        return within.findElements(By.tagName("tr")).stream().map(WebElement::getText)
                .filter(row -> row.contains(cell)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + cell));
    }

    private void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package org.learningsociety.workflow.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.test.criteria.HouseholdScores.evidence;
import static org.learningsociety.test.criteria.HouseholdScores.uniform;
import static org.learningsociety.test.cycle.EngineClock.at;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.attainment.Attainment;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.registration.Registering;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.SelfAssessing;
import org.learningsociety.core.registration.SelfAssessment;
import org.learningsociety.core.registration.Verification;
import org.learningsociety.core.registration.Verifying;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.SubjectCatalogue.NewSubject;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.test.cycle.CycleDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Five simulated years of one commune's family cycles (Phường Thành Đông, 10507, two residential groups of six
 * households, 2026–2030) on the starter's history defaults, with the engine's history cleanup run the night after
 * each cycle, and once more the night the first cycle's history is due. The bound it shows:
 *
 * <ul>
 * <li>with the removal-time-based strategy every history row of a cycle, those of the windows it calls included,
 * carries the cycle's removal time, its end plus {@code annual-cycle}'s {@code historyTimeToLive} of 1,825 days
 * (a called process's own time to live does not count: Camunda gives the root's removal time to the whole
 * hierarchy), and no row is left without one, so no row is kept for ever;</li>
 * <li>so the cleanups of years 1–5 remove nothing (every cycle is within its five years) and the
 * {@code ACT_HI_*} rows after year 5 are exactly the five cycles' rows; the cleanup after the first cycle's
 * removal time removes exactly that cycle's rows, and nothing else: the rows never hold more than the cycles of
 * the last five years;</li>
 * <li>the history level is {@code audit}: no {@code ACT_HI_DETAIL} row (one per variable update at {@code full});</li>
 * <li>the commune's attainment of each of the five years, read when its cycle ended, reads the same after all the
 * cleanups: the figures are the core's, which the engine's history cleanup never touches.</li>
 * </ul>
 */
abstract class FiveYearsOfHistoryTest {

    static final String COMMUNE = "10507";
    static final int FIRST_YEAR = 2026;
    static final int YEARS = 5;
    static final int VILLAGES = 2;
    static final int HOUSEHOLDS_PER_VILLAGE = 6;
    /** {@code historyTimeToLive} of the shipped {@code annual-cycle}. */
    static final int CYCLE_TIME_TO_LIVE_DAYS = 1825;

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired UnitDirectory units;
    @Autowired SubjectCatalogue catalogue;
    @Autowired Registering registering;
    @Autowired SelfAssessing selfAssessing;
    @Autowired Verifying verifying;
    @Autowired AttainmentService attainment;

    private int decisions;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void historyRowsStayWithinFiveYearsOfCyclesWhileEachYearsAttainmentIsUnchanged() throws SQLException {
        long started = System.nanoTime();
        at("2025-09-01T08:00:00+07:00");
        List<Subject> households = new ArrayList<>();
        for (int v = 1; v <= VILLAGES; v++) {
            String village = units.addVillage(COMMUNE + "-LS" + v, "Tổ dân phố số " + v, COMMUNE,
                    LocalDate.of(2025, 7, 1)).code();
            households.addAll(catalogue.addAll(IntStream.range(0, HOUSEHOLDS_PER_VILLAGE)
                    .mapToObj(h -> new NewSubject(LearningModel.FAMILY, village, "Hộ gia đình số " + h + " – " + village,
                            village + "-" + h)).toList()));
        }

        Map<Integer, Attainment> attainmentWhenTheCycleEnded = new TreeMap<>();
        Map<Integer, ProcessInstance> cycles = new LinkedHashMap<>();
        Map<Integer, Long> rowsOfTheYear = new LinkedHashMap<>();
        long rows = historyRows();
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            ProcessInstance cycle = runCycle(year, households);
            cycles.put(year, cycle);
            long afterTheCycle = historyRows();
            rowsOfTheYear.put(year, afterTheCycle - rows);
            if (year == FIRST_YEAR) {
                System.out.printf("five years of history: the first cycle's rows by table %s%n", rowsByTable());
            }
            attainmentWhenTheCycleEnded.put(year, attainment.attainment(COMMUNE, year, LearningModel.FAMILY));

            // the whole hierarchy carries the cycle's removal time: its end plus the cycle's time to live
            HistoricProcessInstance ended = historic(cycle.getId());
            Date removal = Date.from(ended.getEndTime().toInstant().plus(CYCLE_TIME_TO_LIVE_DAYS, ChronoUnit.DAYS));
            assertThat(ended.getRemovalTime()).isEqualTo(removal);
            assertThat(history.createHistoricProcessInstanceQuery().rootProcessInstanceId(cycle.getId()).list())
                    .hasSizeGreaterThan(5).allSatisfy(p -> assertThat(p.getRemovalTime()).isEqualTo(removal));
            assertThat(rowsWithoutRemovalTime()).as("rows no cleanup would ever remove").isEmpty();

            // the night after the cycle: within everyone's retention, the cleanup removes nothing
            at(year + "-12-02T01:30:00+07:00");
            cleanUpHistory();
            assertThat(historyRows()).as("rows after the cleanup of %d", year).isEqualTo(afterTheCycle);
            rows = afterTheCycle;
        }
        assertThat(rows).isEqualTo(rowsOfTheYear.values().stream().mapToLong(Long::longValue).sum());
        assertThat(rowsOfTheYear.values()).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(count("ACT_HI_DETAIL")).as("audit: no row per variable update").isZero();
        assertThat(count("ACT_HI_VARINST")).as("audit keeps the variables").isPositive();

        // the night the first cycle's five years are up: exactly its rows go
        ProcessInstance first = cycles.get(FIRST_YEAR);
        Date firstRemoval = historic(first.getId()).getRemovalTime();
        ClockUtil.setCurrentTime(Date.from(firstRemoval.toInstant().plus(1, ChronoUnit.HOURS)));
        cleanUpHistory();
        assertThat(historyRows()).isEqualTo(rows - rowsOfTheYear.get(FIRST_YEAR));
        assertThat(history.createHistoricProcessInstanceQuery().rootProcessInstanceId(first.getId()).count()).isZero();
        for (int year = FIRST_YEAR + 1; year < FIRST_YEAR + YEARS; year++) {
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(cycles.get(year).getId()).count())
                    .as("the cycle of %d, within its five years", year).isOne();
        }

        // the figures of the five years, read through the library, are as they were
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            assertThat(attainment.attainment(COMMUNE, year, LearningModel.FAMILY)).as("attainment of %d", year)
                    .isEqualTo(attainmentWhenTheCycleEnded.get(year));
        }
        assertThat(attainmentWhenTheCycleEnded.get(FIRST_YEAR).recognised()).isEqualTo(8);
        System.out.printf("five years of history: rows per year %s, %d after year 5, %d after the first cycle's "
                + "removal; %d ms%n", rowsOfTheYear, rows, historyRows(), (System.nanoTime() - started) / 1_000_000);
    }

    /** One year's cycle, each window closed early by the association once its groups are done. */
    private ProcessInstance runCycle(int year, List<Subject> households) {
        CycleKey key = new CycleKey(LearningModel.FAMILY, year, COMMUNE);
        CycleDriver driver = new CycleDriver(engine);
        at(year + "-01-05T08:00:00+07:00");
        ProcessInstance cycle = driver.start(key);
        runDueJobs();
        List<Registration> registered = registering.registerAll(households.stream().map(Subject::id).toList(), year);
        driver.completeAll(key, "registerBatch", Map.of());
        driver.completeAll(key, "closeRegistrationEarly", Map.of("closeReason", "Đã tiếp nhận xong đăng ký"));

        at(year + "-03-02T08:00:00+07:00");
        runDueJobs();
        selfAssessing.selfAssessAll(IntStream.range(0, registered.size())
                .mapToObj(h -> new SelfAssessment(registered.get(h).id(), uniform(points(h)), evidence())).toList(), false);
        driver.completeAll(key, "selfAssessBatch", Map.of());
        driver.completeAll(key, "closeSelfAssessmentEarly", Map.of("closeReason", "Các tổ dân phố đã nộp đủ"));

        at(year + "-10-02T08:00:00+07:00");
        runDueJobs();
        verifying.verifyAll(IntStream.range(0, registered.size())
                .mapToObj(h -> new Verification(registered.get(h).id(), uniform(points(h)), "Trần Thị Bình", null))
                .toList());
        driver.completeAll(key, "verifyBatch", Map.of());
        driver.completeAll(key, "closeVerificationEarly", Map.of("closeReason", "Đã thẩm định xong"));

        at(year + "-11-20T08:00:00+07:00");
        driver.completeAll(key, "recogniseCommune", decision(year + "-11-20"));
        runDueJobs();
        // from the third year, households recognised three years running are proposed for commendation
        for (List<Task> approving = approvals(key); !approving.isEmpty(); approving = approvals(key)) {
            approving.forEach(task -> tasks.complete(task.getId(), Map.of("approved", "true",
                    "decisionNumber", (++decisions) + "/QĐ-UBND", "decisionDate", year + "-11-25",
                    "signer", "Nguyễn Văn An")));
            runDueJobs();
        }

        at(year + "-12-01T08:00:00+07:00");
        runDueJobs();
        driver.completeAll(key, "submitReport", Map.of("reportNumber", year + "/BC-UBND", "reportDate", year + "-12-01"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key.businessKey()).count())
                .as("the cycle of %d and its windows have ended", year).isZero();
        return cycle;
    }

    /** Two households of three earn the title (90 points); the third does not (70). */
    private static int points(int household) {
        return household % 3 == 2 ? 7 : 9;
    }

    private Map<String, Object> decision(String date) {
        return Map.of("decisionNumber", (++decisions) + "/QĐ-UBND", "decisionDate", date, "signer", "Nguyễn Văn An");
    }

    private List<Task> approvals(CycleKey key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(key.businessKey())
                .taskDefinitionKey("approveCommendations").list();
    }

    /** Runs the cycles' jobs due by the engine's clock (continuations, due timers) until none is left. */
    private void runDueJobs() {
        for (List<Job> due = dueProcessJobs(); !due.isEmpty(); due = dueProcessJobs()) {
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private List<Job> dueProcessJobs() {
        return management.createJobQuery().executable().list().stream()
                .filter(job -> job.getProcessInstanceId() != null).toList();
    }

    /**
     * The engine's history cleanup, as an administrator's "clean up now" or the night window starts it: its jobs
     * (one per degree of parallelism) run until none is due, each rescheduling itself while it finds rows.
     */
    private void cleanUpHistory() {
        history.cleanUpHistoryAsync(true);
        for (int round = 0; round < 100; round++) {
            Date now = ClockUtil.getCurrentTime();
            List<Job> due = history.findHistoryCleanupJobs().stream()
                    .filter(job -> job.getDuedate() != null && !job.getDuedate().after(now)).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("the history cleanup did not finish in 100 rounds");
    }

    private HistoricProcessInstance historic(String processInstanceId) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }

    /** The rows of every {@code ACT_HI_*} table, summed. */
    private long historyRows() throws SQLException {
        long sum = 0;
        for (String table : historyTables().keySet()) {
            sum += count(table);
        }
        return sum;
    }

    /** The history tables that hold rows, with their counts. */
    private Map<String, Long> rowsByTable() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : historyTables().keySet()) {
            long n = count(table);
            if (n > 0) {
                counts.put(table, n);
            }
        }
        return counts;
    }

    /** The history tables with a removal time that hold rows without one. */
    private List<String> rowsWithoutRemovalTime() throws SQLException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Boolean> table : historyTables().entrySet()) {
            if (table.getValue() && count(table.getKey() + " WHERE REMOVAL_TIME_ IS NULL") > 0) {
                found.add(table.getKey());
            }
        }
        return found;
    }

    /** Each {@code ACT_HI_*} table, and whether it has a {@code REMOVAL_TIME_}. */
    private Map<String, Boolean> historyTables() throws SQLException {
        Map<String, Boolean> tables = new TreeMap<>();
        try (Connection connection = dataSource().getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            // PostgreSQL keeps unquoted names in lower case, H2 in upper case
            boolean lower = metadata.storesLowerCaseIdentifiers();
            String pattern = lower ? "act_hi_%" : "ACT_HI_%";
            try (ResultSet found = metadata.getTables(null, null, pattern, new String[] {"TABLE"})) {
                while (found.next()) {
                    tables.put(found.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT), false);
                }
            }
            try (ResultSet columns = metadata.getColumns(null, null, pattern, lower ? "removal_time_" : "REMOVAL_TIME_")) {
                while (columns.next()) {
                    tables.computeIfPresent(columns.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT),
                            (name, has) -> true);
                }
            }
        }
        tables.keySet().removeIf(name -> !name.startsWith("ACT_HI_"));
        assertThat(tables).containsKeys("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
                "ACT_HI_DETAIL");
        return tables;
    }

    private long count(String tableAndCondition) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                ResultSet result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + tableAndCondition)) {
            result.next();
            return result.getLong(1);
        }
    }

    private DataSource dataSource() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    }
}

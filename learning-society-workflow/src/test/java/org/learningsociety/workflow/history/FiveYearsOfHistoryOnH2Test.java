package org.learningsociety.workflow.history;

import org.learningsociety.workflow.cycle.CycleTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = CycleTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:five-years-of-history;DB_CLOSE_DELAY=-1",
        "spring.datasource.name=five-years-of-history-h2",
        "camunda.bpm.process-engine-name=five-years-of-history-h2",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.metrics.enabled=false",
        "learning-society.reference-data.units=PROVINCES",
        "learning-society.reference-data.provinces=31"})
class FiveYearsOfHistoryOnH2Test extends FiveYearsOfHistoryTest {
}

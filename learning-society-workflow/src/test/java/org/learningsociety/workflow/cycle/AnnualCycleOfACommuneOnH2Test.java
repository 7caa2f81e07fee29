package org.learningsociety.workflow.cycle;

import org.springframework.boot.test.context.SpringBootTest;

/** The whole annual cycle on H2 in memory. */
@SpringBootTest(classes = CycleTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:annual-cycle;DB_CLOSE_DELAY=-1",
        "spring.datasource.name=annual-cycle-h2",
        "camunda.bpm.process-engine-name=annual-cycle-h2",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.metrics.enabled=false",
        "learning-society.reference-data.units=PROVINCES",
        "learning-society.reference-data.provinces=31"})
class AnnualCycleOfACommuneOnH2Test extends AnnualCycleOfACommuneTest {
}

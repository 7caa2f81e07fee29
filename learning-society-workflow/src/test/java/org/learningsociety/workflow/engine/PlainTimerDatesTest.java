package org.learningsociety.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.subject.LearningModel;

/**
 * A plain date an administrator typed in Modeler for one year's cycle refuses the next year's cycle when
 * it starts, naming the timer and the date; the year it was typed for, and the shipped expressions, start.
 */
class PlainTimerDatesTest {

    private ProcessEngine engine;
    private PlainTimerDates check;

    @BeforeEach
    void deployTheShippedCycle() {
        engine = CycleResources.engine(new HashMap<>());
        var deployment = engine.getRepositoryService().createDeployment();
        CycleResources.KEYS.forEach(k -> deployment.addString(k + ".bpmn", CycleResources.text(k)));
        deployment.deploy();
        check = new PlainTimerDates(engine.getRepositoryService());
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void refusesThe2027CycleWhileATimerHoldsADateTypedFor2026() {
        engine.getRepositoryService().createDeployment().source("Camunda Modeler").addString("verify.bpmn",
                CycleResources.text("verify").replaceAll("\\$\\{cycleDeadlines\\.closes\\(execution, 'VERIFICATION'\\)}",
                        "2026-03-31")).deploy();

        assertThatThrownBy(() -> check.check(new CycleKey(LearningModel.FAMILY, 2027, "10507")))
                .isInstanceOfSatisfying(ConflictException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("year");
                    // as docs/administrators.md quotes it
                    assertThat(refused.getMessage()).isEqualTo("Không bắt đầu chu kỳ năm 2027: quy trình đã triển "
                            + "khai có hẹn giờ đặt ngày cố định ngoài năm 2027 — hẹn giờ \"Hết hạn\" "
                            + "(verificationWindowCloses) đóng \"Thời gian thẩm định\" của quy trình \"Thẩm định bản "
                            + "tự đánh giá\" (learning-society.verify) đặt ngày 2026-03-31. Chu kỳ sẽ đóng các đợt này ngay khi bắt "
                            + "đầu. Quản trị viên cần mở tệp BPMN trong Camunda Modeler, sửa ngày sang năm 2027 hoặc "
                            + "đặt lại biểu thức ${cycleDeadlines.closes(execution, '…')} để ngày lấy theo kế hoạch, "
                            + "rồi triển khai lại. (trường: year, giá trị: 2027)");
                });
        assertThatCode(() -> check.check(new CycleKey(LearningModel.FAMILY, 2026, "10507")))
                .as("the year it was typed for").doesNotThrowAnyException();
    }

    @Test
    void startsAnyYearOnTheShippedExpressions() {
        assertThatCode(() -> check.check(new CycleKey(LearningModel.CLAN, 2031, "10507"))).doesNotThrowAnyException();
    }
}

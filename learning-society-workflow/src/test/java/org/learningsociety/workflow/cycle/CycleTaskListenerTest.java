package org.learningsociety.workflow.cycle;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.campaign.CampaignBatches;
import org.learningsociety.core.campaign.CommuneRecognition;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.core.campaign.TaskTitles;
import org.learningsociety.core.registration.ClosingWithoutSelfAssessment;
import org.learningsociety.core.unit.UnitId;
import org.mockito.InOrder;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.subject.LearningModel;

class CycleTaskListenerTest {

    private final TaskTitles titles = mock(TaskTitles.class);
    private final CampaignBatches batches = mock(CampaignBatches.class);
    private final CycleTaskListener listener = new CycleTaskListener(titles, batches);
    private final Map<String, Object> variables = new HashMap<>();

    @BeforeEach
    void cycle() {
        variables.put(CycleVariables.MODEL, "FAMILY");
        variables.put(CycleVariables.YEAR, 2026);
        variables.put(CycleVariables.UNIT_CODE, "11911");
    }

    private DelegateTask task(String key, String event) {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getTaskDefinitionKey()).thenReturn(key);
        when(task.getEventName()).thenReturn(event);
        when(task.getName()).thenReturn("Nhiệm vụ");
        when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        return task;
    }

    @Test
    void namesABatchTaskFromTheCoresCounts() {
        variables.put(CycleVariables.BATCH_CODE, "1191103");
        when(titles.taskName(CyclePhase.VERIFICATION, LearningModel.FAMILY, "1191103", 2026))
                .thenReturn("Thẩm định 312 bản tự đánh giá Gia đình học tập của Thôn 3 năm 2026");
        DelegateTask task = task("verifyBatch", TaskListener.EVENTNAME_CREATE);

        listener.notify(task);

        verify(task).setName("Thẩm định 312 bản tự đánh giá Gia đình học tập của Thôn 3 năm 2026");
    }

    @Test
    void refusesABatchTheCoreSaysIsIncomplete() {
        variables.put(CycleVariables.BATCH_CODE, "1191103");
        when(batches.batchCompletion(CyclePhase.VERIFICATION, LearningModel.FAMILY, "1191103", 2026))
                .thenReturn(Outcome.rejected("batch", "1191103",
                        "Chưa thể hoàn thành nhiệm vụ thẩm định: còn 12 bản tự đánh giá chưa được thẩm định."));

        assertThatThrownBy(() -> listener.notify(task("verifyBatch", TaskListener.EVENTNAME_COMPLETE)))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage("Chưa thể hoàn thành nhiệm vụ thẩm định: còn 12 bản tự đánh giá chưa được thẩm định.");
    }

    @Test
    void completesABatchTheCoreSaysIsDone() {
        variables.put(CycleVariables.BATCH_CODE, "1191103");
        when(batches.batchCompletion(CyclePhase.VERIFICATION, LearningModel.FAMILY, "1191103", 2026))
                .thenReturn(Outcome.allowed());

        assertThatCode(() -> listener.notify(task("verifyBatch", TaskListener.EVENTNAME_COMPLETE)))
                .doesNotThrowAnyException();
    }

    @Test
    void aVillagesSelfAssessmentCompletedWithAReasonClosesTheHouseholdsThatNeverSelfAssessedFirst() {
        ClosingWithoutSelfAssessment closing = mock(ClosingWithoutSelfAssessment.class);
        CycleTaskListener closingListener = new CycleTaskListener(titles, batches, null, closing);
        variables.put(CycleVariables.BATCH_CODE, "1191103");
        variables.put(CycleVariables.NOT_SELF_ASSESSED_REASON, "Hộ đi làm ăn xa cả năm");
        List<UnitId> village = List.of(new UnitId(7));
        when(batches.unitsOfBatch("1191103", 2026)).thenReturn(village);
        when(batches.batchCompletion(CyclePhase.SELF_ASSESSMENT, LearningModel.FAMILY, "1191103", 2026))
                .thenReturn(Outcome.allowed());

        closingListener.notify(task("selfAssessBatch", TaskListener.EVENTNAME_COMPLETE));

        InOrder order = inOrder(closing, batches);
        order.verify(closing).closeNeverSelfAssessed(village, 2026, LearningModel.FAMILY, "Hộ đi làm ăn xa cả năm");
        order.verify(batches).batchCompletion(CyclePhase.SELF_ASSESSMENT, LearningModel.FAMILY, "1191103", 2026);
    }

    @Test
    void aClaimRenamesTheTaskAndRefreshesWhatItsFormShows() {
        TaskListener work = mock(TaskListener.class);
        CycleTaskListener showing = new CycleTaskListener(titles, batches, work, null);
        variables.put(CycleVariables.BATCH_CODE, "1191103");
        when(titles.taskName(CyclePhase.SELF_ASSESSMENT, LearningModel.FAMILY, "1191103", 2026))
                .thenReturn("Thu nhận 4/6 bản tự đánh giá Gia đình học tập của Thôn 3 năm 2026");
        DelegateTask task = task("selfAssessBatch", TaskListener.EVENTNAME_ASSIGNMENT);

        showing.notify(task);

        verify(task).setName("Thu nhận 4/6 bản tự đánh giá Gia đình học tập của Thôn 3 năm 2026");
        verify(work).notify(task);
    }

    @Test
    void refusesARecognitionWithoutItsDecisionNumber() {
        variables.put(CycleVariables.DECISION_DATE, "2026-11-20");
        variables.put(CycleVariables.SIGNER, "Nguyễn Văn An");

        assertThatThrownBy(() -> listener.notify(task("recogniseCommune", TaskListener.EVENTNAME_COMPLETE)))
                .isInstanceOf(TaskRefusedException.class).hasMessage("Chưa nhập số quyết định.");
    }

    @Test
    void refusesToCloseTheRecognitionTaskWhenTheDecisionItLeadsToWouldBeRefused() {
        variables.put(CycleVariables.DECISION_NUMBER, "125/QĐ-UBND");
        variables.put(CycleVariables.DECISION_DATE, "2026-11-20");
        variables.put(CycleVariables.SIGNER, "Nguyễn Văn An");
        CommuneRecognition recognition = mock(CommuneRecognition.class);
        when(recognition.mayRecogniseCommune(2026, LearningModel.FAMILY, "11911")).thenReturn(Outcome.rejected(
                "criteriaSet", "family-448-2015", "Bộ tiêu chí “Gia đình học tập” (family-448-2015) là bộ mẫu"));
        CycleTaskListener checking = new CycleTaskListener(titles, batches, null, null, recognition);

        assertThatThrownBy(() -> checking.notify(task("recogniseCommune", TaskListener.EVENTNAME_COMPLETE)))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage("Bộ tiêu chí “Gia đình học tập” (family-448-2015) là bộ mẫu");

        when(recognition.mayRecogniseCommune(2026, LearningModel.FAMILY, "11911")).thenReturn(Outcome.allowed());
        when(batches.batchCompletion(CyclePhase.RECOGNITION, LearningModel.FAMILY, "11911", 2026))
                .thenReturn(Outcome.allowed());
        assertThatCode(() -> checking.notify(task("recogniseCommune", TaskListener.EVENTNAME_COMPLETE)))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesARecognitionWithAnInvalidDate() {
        variables.put(CycleVariables.DECISION_NUMBER, "125/QĐ-UBND");
        variables.put(CycleVariables.DECISION_DATE, "20/11/2026");
        variables.put(CycleVariables.SIGNER, "Nguyễn Văn An");

        assertThatThrownBy(() -> listener.notify(task("recogniseCommune", TaskListener.EVENTNAME_COMPLETE)))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessageContaining("Ngày ký quyết định không hợp lệ: \"20/11/2026\"");
    }

    @Test
    void refusesARefusalWithoutItsReason() {
        variables.put(CycleVariables.DECISION_NUMBER, "12/QĐ-TĐKT");
        variables.put(CycleVariables.DECISION_DATE, "2026-12-05");
        variables.put(CycleVariables.SIGNER, "Trần Thị Bình");
        variables.put(CycleVariables.APPROVED, "false");

        assertThatThrownBy(() -> listener.notify(task("approveCommendations", TaskListener.EVENTNAME_COMPLETE)))
                .hasMessage("Phải nêu lý do không khen thưởng");
    }

    @Test
    void refusesClosingEarlyWithoutAReason() {
        assertThatThrownBy(() -> listener.notify(task("closeVerificationEarly", TaskListener.EVENTNAME_COMPLETE)))
                .hasMessage("Chưa nhập lý do đóng sớm.");
    }

    @Test
    void refusesAnUnknownModelInVietnamese() {
        variables.put(CycleVariables.MODEL, "HOUSEHOLD");
        variables.put(CycleVariables.BATCH_CODE, "1191103");

        assertThatThrownBy(() -> listener.notify(task("verifyBatch", TaskListener.EVENTNAME_CREATE)))
                .isInstanceOf(TaskRefusedException.class).hasMessageContaining("Mô hình học tập không hợp lệ");
    }
}

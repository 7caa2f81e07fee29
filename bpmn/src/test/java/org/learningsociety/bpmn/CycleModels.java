package org.learningsociety.bpmn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;

/**
 * Generates the yearly cycle's BPMN files with the Camunda model API, which lays out BPMNDI for
 * every element so that Camunda Modeler opens them. The generated files are committed; after that
 * administrators edit them in Modeler (timer dates above all), so regenerate only to change the
 * structure, and carry over any dates an administrator typed in place of the expressions. Run with
 * {@code mvn -o -q -pl bpmn test -Dtest=GenerateCycleModels -Dbpmn.generate=true}.
 */
final class CycleModels {

    static final int HISTORY_TIME_TO_LIVE_DAYS = 1825;
    static final String RETRY = "R3/PT5M";
    static final String ASSOCIATION = "hoi-khuyen-hoc:${unitCode}";
    static final String PEOPLES_COMMITTEE = "ubnd:${unitCode}";
    static final String TASK_LISTENER = "${cycleTaskListener}";

    private CycleModels() {
    }

    /**
     * The timer date closing {@code window} (a {@code CyclePhase} name): the day the plan applying to
     * the cycle's commune sets for the cycle's year, else the configured default. Administrators may
     * replace it in Modeler with a plain ISO date ({@code 2026-10-31T23:59:59+07:00}).
     */
    static String closes(String window) {
        return "${cycleDeadlines.closes(execution, '" + window + "')}";
    }

    static Map<String, BpmnModelInstance> all() {
        Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
        models.put("register", window("register", "Đăng ký danh hiệu học tập", "registration", "Thời gian đăng ký",
                "registerBatch", "Tiếp nhận đăng ký", "closeRegistrationEarly", "Đóng sớm đợt đăng ký",
                closes("REGISTRATION")));
        models.put("self-assess", window("self-assess", "Tự đánh giá theo bộ tiêu chí", "selfAssessment",
                "Thời gian tự đánh giá", "selfAssessBatch", "Thu nhận bản tự đánh giá", "closeSelfAssessmentEarly",
                "Đóng sớm đợt tự đánh giá", closes("SELF_ASSESSMENT")));
        models.put("verify", window("verify", "Thẩm định bản tự đánh giá", "verification", "Thời gian thẩm định",
                "verifyBatch", "Thẩm định bản tự đánh giá", "closeVerificationEarly", "Đóng sớm đợt thẩm định",
                closes("VERIFICATION")));
        models.put("recognise", recognise());
        models.put("commend", commend());
        models.put("annual-cycle", annualCycle());
        return models;
    }

    private static ProcessBuilder process(String key, String name) {
        return Bpmn.createExecutableProcess(key).name(name)
                .camundaHistoryTimeToLive(HISTORY_TIME_TO_LIVE_DAYS)
                .camundaStartableInTasklist(false);
    }

    /**
     * A window: batches prepared by the core, one task per batch for the commune's association, and
     * a task to close early; the window closes when the officer closes it or at the timer.
     */
    private static BpmnModelInstance window(String key, String name, String prefix, String windowName,
            String batchTask, String batchTaskName, String closeTask, String closeTaskName, String closesOn) {
        String windowId = prefix + "Window";
        SubProcessBuilder sub = process(key, name)
                .startEvent(prefix + "Started").name("Bắt đầu")
                .serviceTask("prepareBatches").name("Lập danh sách thôn, xã")
                .camundaDelegateExpression("${prepareBatches}")
                .camundaAsyncBefore().camundaFailedJobRetryTimeCycle(RETRY)
                .subProcess(windowId).name(windowName);
        sub.embeddedSubProcess()
                .startEvent(windowId + "Opened").name("Mở")
                .parallelGateway(windowId + "Fork")
                .userTask(batchTask).name(batchTaskName)
                .camundaCandidateGroups(ASSOCIATION)
                .camundaFormRef("batch-confirmation").camundaFormRefBinding("latest")
                .camundaTaskListenerDelegateExpression("create", TASK_LISTENER)
                .camundaTaskListenerDelegateExpression("complete", TASK_LISTENER)
                .multiInstance().parallel().camundaCollection("${batches}").camundaElementVariable("batchCode")
                .multiInstanceDone()
                .endEvent(prefix + "BatchesDone").name("Các thôn đã xong")
                .moveToNode(windowId + "Fork")
                .userTask(closeTask).name(closeTaskName)
                .camundaCandidateGroups(ASSOCIATION)
                .camundaFormRef("close-early").camundaFormRefBinding("latest")
                .camundaTaskListenerDelegateExpression("create", TASK_LISTENER)
                .camundaTaskListenerDelegateExpression("complete", TASK_LISTENER)
                .endEvent(prefix + "ClosedEarly").name("Đã đóng sớm");
        BpmnModelInstance model = sub
                .endEvent(prefix + "Closed").name("Đã đóng")
                .moveToActivity(windowId)
                .boundaryEvent(windowId + "Closes").name("Hết hạn")
                .timerWithDate(closesOn)
                .endEvent(prefix + "ClosedAtDeadline").name("Đóng khi hết hạn")
                .done();
        terminate(model, prefix + "ClosedEarly");
        return model;
    }

    private static BpmnModelInstance recognise() {
        SubProcessBuilder sub = process("recognise", "Công nhận danh hiệu học tập")
                .startEvent("recognitionStarted").name("Bắt đầu")
                .subProcess("recognitionWindow").name("Thời gian công nhận (tháng 11–12)");
        sub.embeddedSubProcess()
                .startEvent("recognitionWindowOpened").name("Mở")
                .userTask("recogniseCommune").name("Công nhận")
                .camundaCandidateGroups(PEOPLES_COMMITTEE)
                .camundaFormRef("recognition-decision").camundaFormRefBinding("latest")
                .camundaTaskListenerDelegateExpression("create", TASK_LISTENER)
                .camundaTaskListenerDelegateExpression("complete", TASK_LISTENER)
                .endEvent("recognitionDecided").name("Đã ký quyết định");
        return sub
                .serviceTask("issueRecognition").name("Ghi nhận quyết định công nhận")
                .camundaDelegateExpression("${issueRecognition}")
                .camundaAsyncBefore().camundaFailedJobRetryTimeCycle(RETRY)
                .endEvent("recognised").name("Đã công nhận")
                .moveToActivity("recognitionWindow")
                .boundaryEvent("recognitionWindowCloses").name("Hết hạn công nhận")
                .timerWithDate(closes("RECOGNITION"))
                .endEvent("recognitionWindowMissed").name("Hết hạn, chưa có quyết định")
                .done();
    }

    private static BpmnModelInstance commend() {
        SubProcessBuilder approval = process("commend", "Khen thưởng")
                .startEvent("commendationStarted").name("Bắt đầu")
                .serviceTask("proposeCommendations").name("Lập đề nghị khen thưởng theo bảng quyết định")
                .camundaDelegateExpression("${proposeCommendations}")
                .camundaAsyncBefore().camundaFailedJobRetryTimeCycle(RETRY)
                .exclusiveGateway("anyProposal").name("Có đề nghị?")
                .condition("Không", "${proposalCount == 0}")
                .endEvent("nothingToCommend").name("Không có đề nghị")
                .moveToNode("anyProposal")
                .condition("Có", "${proposalCount > 0}")
                .subProcess("commendationApproval").name("Xét duyệt theo hình thức khen thưởng");
        approval.multiInstance().sequential().camundaCollection("${proposedForms}").camundaElementVariable("form")
                .multiInstanceDone();
        approval.embeddedSubProcess()
                .startEvent("approvalStarted").name("Bắt đầu")
                .userTask("approveCommendations").name("Xét duyệt đề nghị khen thưởng")
                .camundaCandidateGroups("${approverGroups[form]}")
                .camundaFormRef("commendation-decision").camundaFormRefBinding("latest")
                .camundaTaskListenerDelegateExpression("create", TASK_LISTENER)
                .camundaTaskListenerDelegateExpression("complete", TASK_LISTENER)
                .serviceTask("decideCommendations").name("Ghi nhận quyết định khen thưởng")
                .camundaDelegateExpression("${decideCommendations}")
                .camundaAsyncBefore().camundaFailedJobRetryTimeCycle(RETRY)
                .endEvent("approvalDone").name("Đã quyết định");
        return approval.endEvent("commended").name("Đã khen thưởng").done();
    }

    private static BpmnModelInstance annualCycle() {
        AbstractFlowNodeBuilder<?, ?> flow = process("annual-cycle", "Chu kỳ hằng năm của một xã")
                .startEvent("cycleStarted").name("Bắt đầu năm");
        flow = call(flow, "registration", "Đăng ký", "register");
        flow = call(flow, "selfAssessment", "Tự đánh giá", "self-assess");
        flow = call(flow, "verification", "Thẩm định", "verify");
        flow = call(flow, "recognition", "Công nhận", "recognise");
        flow = call(flow, "commendation", "Khen thưởng", "commend");
        return flow.userTask("submitReport").name("Báo cáo kết quả")
                .camundaCandidateGroups(PEOPLES_COMMITTEE)
                .camundaFormRef("report").camundaFormRefBinding("latest")
                .camundaTaskListenerDelegateExpression("create", TASK_LISTENER)
                .camundaTaskListenerDelegateExpression("complete", TASK_LISTENER)
                .endEvent("cycleCompleted").name("Đã báo cáo")
                .moveToActivity("submitReport")
                .boundaryEvent("reportDeadline").name("Hạn báo cáo")
                .timerWithDate(closes("REPORT"))
                .userTask("submitLateReport").name("Nộp báo cáo quá hạn")
                .camundaCandidateGroups(PEOPLES_COMMITTEE)
                .camundaFormRef("report").camundaFormRefBinding("latest")
                .camundaTaskListenerDelegateExpression("create", TASK_LISTENER)
                .camundaTaskListenerDelegateExpression("complete", TASK_LISTENER)
                .endEvent("reportedLate").name("Đã báo cáo quá hạn")
                .done();
    }

    private static AbstractFlowNodeBuilder<?, ?> call(AbstractFlowNodeBuilder<?, ?> flow, String id, String name,
            String key) {
        return flow.callActivity(id).name(name).calledElement(key)
                .camundaInBusinessKey("#{execution.processBusinessKey}")
                .camundaIn("model", "model")
                .camundaIn("year", "year")
                .camundaIn("unitCode", "unitCode");
    }

    private static void terminate(BpmnModelInstance model, String endEventId) {
        EndEvent end = model.getModelElementById(endEventId);
        end.getEventDefinitions().add(model.newInstance(TerminateEventDefinition.class));
    }

    static void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, BpmnModelInstance> entry : all().entrySet()) {
            Bpmn.validateModel(entry.getValue());
            Files.writeString(directory.resolve(entry.getKey() + ".bpmn"),
                    Bpmn.convertToString(entry.getValue()), StandardCharsets.UTF_8);
        }
    }
}

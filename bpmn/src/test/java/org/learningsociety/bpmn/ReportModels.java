package org.learningsociety.bpmn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Generates the reporting processes — {@code yearly-report}, {@code review-2025},
 * {@code review-2030} — with the Camunda model API, which lays out BPMNDI for every element. One
 * instance reports for one unit: it compiles the unit's report, waits for its children's reports
 * (or their deadline), lets the unit's People's Committee send it, and the level above approve it
 * or send it back with a reason. The reviews also hold the honouring congress: the association
 * selects exemplary subjects of the phase and proposes them for commendation.
 *
 * <p>The timers read {@code childrenDueAt} and {@code reportDueAt}, which the compile step sets
 * from the plan's milestones for the unit's level; an administrator may replace either with a plain
 * date in Modeler. Run with
 * {@code mvn -o -q -pl bpmn test -Dtest=GenerateReportModels -Dbpmn.generate=true}.
 */
final class ReportModels {

    static final String PEOPLES_COMMITTEE = "ubnd:${unitCode}";
    static final String LEVEL_ABOVE = "ubnd:${parentCode}";
    static final String ASSOCIATION = "hoi-khuyen-hoc:${unitCode}";
    static final String CHILDREN_REPORTED = "ChildrenReported";
    static final String TASK_LISTENER = "${reportTaskListener}";

    private ReportModels() {
    }

    static Map<String, BpmnModelInstance> all() {
        Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
        models.put("yearly-report", report("yearly-report", "Báo cáo kết quả năm lên cấp trên", false));
        models.put("review-2025", report("review-2025", "Sơ kết 5 năm 2021–2025", true));
        models.put("review-2030", report("review-2030", "Tổng kết 10 năm 2021–2030", true));
        return models;
    }

    private static BpmnModelInstance report(String key, String name, boolean congress) {
        ProcessBuilder process = Bpmn.createExecutableProcess(key).name(name)
                .camundaHistoryTimeToLive(CycleModels.HISTORY_TIME_TO_LIVE_DAYS)
                .camundaStartableInTasklist(false);
        AbstractFlowNodeBuilder<?, ?> flow = process.startEvent("reportStarted").name("Bắt đầu kỳ báo cáo")
                .serviceTask("compileReport").name("Tổng hợp báo cáo từ số liệu công nhận")
                .camundaDelegateExpression("${compileReport}")
                .camundaAsyncBefore().camundaFailedJobRetryTimeCycle(CycleModels.RETRY);
        if (congress) {
            flow = flow.parallelGateway("reviewFork").name("Sơ kết và biểu dương");
        }
        flow.exclusiveGateway("childrenToWaitFor").name("Còn cấp dưới chưa báo cáo?")
                .condition("Không", "${childrenPending == 0}")
                .exclusiveGateway("readyToReport").name("Sẵn sàng báo cáo")
                .userTask("submitReport").name("Gửi báo cáo lên cấp trên")
                .camundaCandidateGroups(PEOPLES_COMMITTEE)
                .camundaFormRef("report-submission").camundaFormRefBinding("latest")
                .camundaTaskListenerDelegateExpression("create", TASK_LISTENER)
                .camundaTaskListenerDelegateExpression("complete", TASK_LISTENER)
                .serviceTask("recordSubmission").name("Ghi nhận báo cáo đã gửi")
                .camundaDelegateExpression("${submitReport}")
                .exclusiveGateway("hasLevelAbove").name("Có cấp trên duyệt?")
                .condition("Không", "${parentCode == null}")
                .endEvent("reportFiled").name("Đã báo cáo")
                .moveToNode("hasLevelAbove")
                .condition("Có", "${parentCode != null}")
                .userTask("reviewReport").name("Duyệt báo cáo của cấp dưới")
                .camundaCandidateGroups(LEVEL_ABOVE)
                .camundaFormRef("report-review").camundaFormRefBinding("latest")
                .camundaTaskListenerDelegateExpression("create", TASK_LISTENER)
                .camundaTaskListenerDelegateExpression("complete", TASK_LISTENER)
                .serviceTask("recordReview").name("Ghi nhận duyệt hoặc trả lại")
                .camundaDelegateExpression("${reviewReport}")
                .exclusiveGateway("reviewOutcome").name("Kết quả duyệt")
                .condition("Duyệt", "${decision == 'APPROVE'}")
                .endEvent("reportApproved").name("Báo cáo đã được duyệt")
                .moveToNode("reviewOutcome")
                .condition("Trả lại", "${decision == 'SEND_BACK'}")
                .connectTo("readyToReport")
                .moveToNode("childrenToWaitFor")
                .condition("Có", "${childrenPending > 0}")
                .eventBasedGateway().id("awaitChildren").name("Chờ cấp dưới")
                .intermediateCatchEvent("childrenReported").name("Các đơn vị cấp dưới đã báo cáo")
                .message(CHILDREN_REPORTED)
                .connectTo("readyToReport")
                .moveToNode("awaitChildren")
                .intermediateCatchEvent("childrenDeadline").name("Hết hạn báo cáo của cấp dưới")
                .timerWithDate("${childrenDueAt}")
                .connectTo("readyToReport")
                .moveToActivity("submitReport")
                .boundaryEvent("reportDeadline").name("Hết hạn báo cáo").cancelActivity(false)
                .timerWithDate("${reportDueAt}")
                .serviceTask("recordMissing").name("Ghi nhận chưa nộp khi hết hạn")
                .camundaDelegateExpression("${markReportMissing}")
                .camundaAsyncBefore().camundaFailedJobRetryTimeCycle(CycleModels.RETRY)
                .endEvent("reportMissing").name("Quá hạn, đã ghi nhận");
        if (congress) {
            flow.moveToNode("reviewFork")
                    .userTask("selectExemplary").name("Chọn điển hình tiên tiến đề nghị biểu dương, khen thưởng")
                    .camundaCandidateGroups(ASSOCIATION)
                    .camundaFormRef("honouring-proposal").camundaFormRefBinding("latest")
                    .camundaTaskListenerDelegateExpression("create", TASK_LISTENER)
                    .camundaTaskListenerDelegateExpression("complete", TASK_LISTENER)
                    .serviceTask("proposeHonours").name("Lập đề nghị khen thưởng tại Đại hội biểu dương")
                    .camundaDelegateExpression("${proposeHonours}")
                    .endEvent("honoursProposed").name("Đã đề nghị khen thưởng");
        }
        BpmnModelInstance model = flow.done();
        if (congress) {
            below(model, "reviewFork", Set.of("selectExemplary", "proposeHonours", "honoursProposed"), 420);
        }
        return model;
    }

    /**
     * Moves a branch's shapes {@code dy} lower, out of the way of the waiting branch the builder's
     * layout puts in the same place, and re-routes the flow from {@code fork} into it.
     */
    private static void below(BpmnModelInstance model, String fork, Set<String> branch, double dy) {
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (branch.contains(shape.getBpmnElement().getAttributeValue("id"))) {
                shape.getBounds().setY(shape.getBounds().getY() + dy);
            }
        }
        BpmnShape forkShape = null;
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (fork.equals(shape.getBpmnElement().getAttributeValue("id"))) {
                forkShape = shape;
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (!(edge.getBpmnElement() instanceof SequenceFlow flow)) {
                continue;
            }
            boolean from = branch.contains(flow.getSource().getId());
            boolean to = branch.contains(flow.getTarget().getId());
            if (from && to) {
                edge.getWaypoints().forEach(w -> w.setY(w.getY() + dy));
            } else if (to && forkShape != null) {
                Bounds f = forkShape.getBounds();
                double x = f.getX() + f.getWidth() / 2;
                double y = edge.getWaypoints().stream().mapToDouble(Waypoint::getY).max().orElse(0) + dy;
                double targetX = edge.getWaypoints().stream().mapToDouble(Waypoint::getX).max().orElse(x);
                edge.getWaypoints().clear();
                edge.getWaypoints().add(point(model, x, f.getY() + f.getHeight()));
                edge.getWaypoints().add(point(model, x, y));
                edge.getWaypoints().add(point(model, targetX, y));
            }
        }
    }

    private static Waypoint point(BpmnModelInstance model, double x, double y) {
        Waypoint waypoint = model.newInstance(Waypoint.class);
        waypoint.setX(x);
        waypoint.setY(y);
        return waypoint;
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

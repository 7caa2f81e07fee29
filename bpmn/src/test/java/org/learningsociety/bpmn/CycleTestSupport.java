package org.learningsociety.bpmn;

import java.util.List;
import java.util.Map;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.subject.LearningModel;

/**
 * The cycle the process tests run: commune 11911's for learning families in 2026, its two villages,
 * and a recognition decision. The tests drive it with the test-support module's {@code CycleDriver}.
 */
final class CycleTestSupport {

    static final String COMMUNE = "11911";
    static final String OTHER_COMMUNE = "11912";
    static final String PROVINCE = "31";
    static final CycleKey CYCLE = new CycleKey(LearningModel.FAMILY, 2026, COMMUNE);
    static final List<String> VILLAGES = List.of("1191101", "1191102");

    private CycleTestSupport() {
    }

    static Map<String, Object> decision() {
        return Map.of("decisionNumber", "125/QĐ-UBND", "decisionDate", "2026-11-20", "signer", "Nguyễn Văn An");
    }
}

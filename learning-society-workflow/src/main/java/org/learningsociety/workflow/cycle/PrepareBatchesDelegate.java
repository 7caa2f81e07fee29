package org.learningsociety.workflow.cycle;

import java.util.ArrayList;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningsociety.core.campaign.CampaignBatches;

/** {@code ${prepareBatches}}: asks the core which batches (villages, or the commune) officers work on. */
public class PrepareBatchesDelegate implements JavaDelegate {

    private final CampaignBatches batches;

    public PrepareBatchesDelegate(CampaignBatches batches) {
        this.batches = Objects.requireNonNull(batches);
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(CycleVariables.BATCHES, new ArrayList<>(batches.batchesOf(
                Variables.model(execution), Variables.unitCode(execution), Variables.year(execution))));
    }
}

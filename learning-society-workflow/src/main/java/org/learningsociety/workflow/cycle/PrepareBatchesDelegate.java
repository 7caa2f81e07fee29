package org.learningsociety.workflow.cycle;

import java.util.ArrayList;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningsociety.core.campaign.CampaignService;

/** {@code ${prepareBatches}}: asks the core which batches (villages, or the commune) officers work on. */
public class PrepareBatchesDelegate implements JavaDelegate {

    private final CampaignService campaign;

    public PrepareBatchesDelegate(CampaignService campaign) {
        this.campaign = Objects.requireNonNull(campaign);
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(CycleVariables.BATCHES, new ArrayList<>(campaign.batchesOf(
                Variables.model(execution), Variables.unitCode(execution), Variables.year(execution))));
    }
}

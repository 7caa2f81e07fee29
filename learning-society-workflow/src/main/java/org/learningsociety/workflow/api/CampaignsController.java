package org.learningsociety.workflow.api;

import org.learningsociety.workflow.cycle.CampaignLauncher;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.campaign.CycleKey;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Starts a commune's yearly cycle for a model. */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/campaigns")
public class CampaignsController {

    private final CampaignLauncher launcher;
    private final UnitAccess access;
    private final Clock clock;

    public CampaignsController(CampaignLauncher launcher, UnitAccess access, Clock clock) {
        this.launcher = Objects.requireNonNull(launcher);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    public record NewCampaign(String unitCode, Integer year, LearningModel model) { }

    /** @param businessKey the {@code annual-cycle}'s business key, {@code <MODEL>:<year>:<unit code>} */
    public record CampaignView(String businessKey, String unitCode, int year, LearningModel model) { }

    @PostMapping
    public ResponseEntity<CampaignView> start(@RequestBody NewCampaign campaign) {
        if (campaign.year() == null) {
            throw new InvalidInputException("year", null, "Năm của chu kỳ là bắt buộc");
        }
        if (campaign.unitCode() == null || campaign.unitCode().isBlank()) {
            throw new InvalidInputException("unitCode", campaign.unitCode(), "Mã xã, phường là bắt buộc");
        }
        access.requireAccess(campaign.unitCode(), LocalDate.now(clock));
        CycleKey key = launcher.start(campaign.unitCode(), campaign.year(), campaign.model());
        return ResponseEntity.created(URI.create(LearningSocietyApi.BASE_PATH + "/campaigns/" + key.businessKey()))
                .body(new CampaignView(key.businessKey(), key.unitCode(), key.year(), key.model()));
    }
}

package org.learningsociety.core.campaign;

import java.util.Map;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.registration.RegistrationId;

/** The outcome of recognising a commune: the decision, how many it recognised, who was not and why. */
public record RecognitionResult(Decision decision, int recognised, Map<RegistrationId, String> notRecognised) {

    public RecognitionResult {
        notRecognised = Map.copyOf(notRecognised);
    }
}

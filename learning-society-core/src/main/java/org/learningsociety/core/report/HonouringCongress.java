package org.learningsociety.core.report;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.commendation.Commendation;
import org.learningsociety.core.commendation.CommendationService;
import org.learningsociety.core.decision.CommendationForm;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Outcome;

/**
 * The honouring congress (Đại hội biểu dương) held with a review: each level selects exemplary
 * subjects among those recognised during the phase and proposes them for a commendation — at the
 * reviews, the plans' Bằng khen of the Prime Minister first — through {@link CommendationService},
 * where the commend process decides them.
 */
public class HonouringCongress {

    private final Registrations registrations;
    private final CommendationService commendations;

    public HonouringCongress(Registrations registrations, CommendationService commendations) {
        this.registrations = Objects.requireNonNull(registrations);
        this.commendations = Objects.requireNonNull(commendations);
    }

    /** Only a subject recognised in a year of the reviewed phase is exemplary of it. */
    public static Outcome exemplaryOf(Registration registration, ReportPeriod phase) {
        if (registration.status() != RegistrationStatus.RECOGNISED) {
            return Outcome.rejected("registrationId", registration.id(),
                    "Chỉ đề nghị biểu dương hồ sơ đã được công nhận");
        }
        if (!phase.contains(registration.year())) {
            return Outcome.rejected("registrationId", registration.id(), "Hồ sơ được công nhận năm "
                    + registration.year() + ", ngoài " + phase.vietnameseName());
        }
        return Outcome.allowed();
    }

    /** Proposes the selected exemplary subjects of {@code phase} for {@code form}. */
    public List<Commendation> propose(ReportPeriod phase, List<RegistrationId> exemplary, CommendationForm form,
            String proposedBy) {
        List<Registration> selected = registrations.findByIds(exemplary);
        if (selected.size() != new HashSet<>(exemplary).size()) {
            throw new NotFoundException("registrationId", exemplary, "Có hồ sơ đăng ký không tồn tại");
        }
        selected.forEach(r -> exemplaryOf(r, phase).orThrow());
        return commendations.propose(exemplary, form, proposedBy);
    }
}

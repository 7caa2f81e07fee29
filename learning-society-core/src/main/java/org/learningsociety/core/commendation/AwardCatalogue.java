package org.learningsociety.core.commendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.learningsociety.core.plan.AwardForm;
import org.learningsociety.core.unit.AdministrativeUnit;

/**
 * The forms of award in force for a unit in a year, as its plans name them ({@link PlanAwardCatalogue}):
 * what commendations may be proposed and issued for, who gives each and when. Nothing about the forms
 * is a list in code.
 */
public interface AwardCatalogue {

    /**
     * Knows no plan: every form passes, as before plans named their forms. For tools and tests that
     * build the services by hand; a host wires {@link PlanAwardCatalogue}.
     */
    AwardCatalogue NONE = (unit, year, on) -> Optional.empty();

    /**
     * The forms in force for {@code unit} (as it stood on {@code on}) in {@code year}, with the plan
     * naming them; empty when no plan in force names any (nothing is then checked against a plan).
     */
    Optional<InForce> formsFor(AdministrativeUnit unit, int year, LocalDate on);

    /** The forms a plan names, and which plan. */
    record InForce(String planId, String planNumber, List<AwardForm> forms) {

        public InForce {
            forms = List.copyOf(forms);
        }

        public Optional<AwardForm> form(String code) {
            return forms.stream().filter(f -> f.code().equals(code)).findFirst();
        }

        /** The plan as an officer reads it: its number, else its id. */
        public String planName() {
            return planNumber != null ? planNumber : planId;
        }
    }
}

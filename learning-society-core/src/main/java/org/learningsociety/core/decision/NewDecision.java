package org.learningsociety.core.decision;

import java.time.LocalDate;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;

/** A decision to issue, as an officer enters it: number, date, signer, the unit issuing it. */
public record NewDecision(String number, LocalDate date, String signer, String issuingUnitCode) {

    /** The issuing unit as on the decision's day ({@code today} when it has none); its code is required. */
    public AdministrativeUnit issuer(UnitDirectory units, LocalDate today) {
        if (issuingUnitCode == null || issuingUnitCode.isBlank()) {
            throw new InvalidInputException("issuingUnitCode", issuingUnitCode, "Đơn vị ban hành quyết định là bắt buộc");
        }
        return units.unitOn(issuingUnitCode, date == null ? today : date);
    }
}

package org.learningsociety.core.decision;

import java.time.LocalDate;
import java.util.Objects;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitId;

/**
 * A decision (quyết định) recognising subjects or awarding a commendation: number, date, signer and
 * issuing unit. Once issued it is never changed.
 *
 * @param form the form of commendation, {@code null} for a recognition
 * @param issuingBody the body of the issuing unit that issued it (its People's Committee unless a plan says
 *     its association recognises)
 */
public record Decision(DecisionId id, Kind kind, String number, LocalDate date, String signer, UnitId issuingUnit,
        int year, LearningModel model, String form, BodyKind issuingBody) {

    /** A decision of the issuing unit's People's Committee. */
    public Decision(DecisionId id, Kind kind, String number, LocalDate date, String signer, UnitId issuingUnit,
            int year, LearningModel model, String form) {
        this(id, kind, number, date, signer, issuingUnit, year, model, form, BodyKind.PEOPLES_COMMITTEE);
    }

    public enum Kind {
        RECOGNITION,
        COMMENDATION
    }

    public Decision {
        Objects.requireNonNull(kind, "kind");
        if (number == null || number.isBlank() || number.length() > 50) {
            throw new InvalidInputException("decisionNumber", number, "Số quyết định phải có từ 1 đến 50 ký tự");
        }
        if (date == null) {
            throw new InvalidInputException("decisionDate", null, "Ngày quyết định là bắt buộc");
        }
        if (signer == null || signer.isBlank() || signer.length() > 200) {
            throw new InvalidInputException("signer", signer, "Người ký quyết định là bắt buộc (tối đa 200 ký tự)");
        }
        if (date.getYear() < year) {
            throw new InvalidInputException("decisionDate", date, "Quyết định công nhận năm " + year
                    + " không thể ký trước năm đó");
        }
        Objects.requireNonNull(issuingUnit, "issuingUnit");
        issuingBody = issuingBody == null ? BodyKind.PEOPLES_COMMITTEE : issuingBody;
        if (kind == Kind.COMMENDATION && form == null) {
            throw new InvalidInputException("form", null, "Quyết định khen thưởng phải nêu hình thức khen thưởng");
        }
    }
}

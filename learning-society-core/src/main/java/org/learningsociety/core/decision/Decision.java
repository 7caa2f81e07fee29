package org.learningsociety.core.decision;

import java.time.LocalDate;
import java.util.Objects;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitId;

/**
 * A decision (quyết định) recognising subjects or awarding a commendation: number, date, signer and
 * issuing unit. Once issued it is never changed.
 *
 * @param form the form of commendation, {@code null} for a recognition
 */
public record Decision(DecisionId id, Kind kind, String number, LocalDate date, String signer, UnitId issuingUnit,
        int year, LearningModel model, String form) {

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
        if (kind == Kind.COMMENDATION && form == null) {
            throw new InvalidInputException("form", null, "Quyết định khen thưởng phải nêu hình thức khen thưởng");
        }
    }
}

package org.learningsociety.core.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.learningsociety.core.criteria.Authority;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.unit.AdministrativeUnit;

/**
 * Who may issue a recognition: the authority the subject's criteria set names for the subject's level on
 * the decision's day ({@link CriteriaSet#recognisingAuthority}), i.e. a unit of that authority's level that
 * is the subject's unit or one above it.
 */
final class RecognitionAuthorityPolicy {

    private RecognitionAuthorityPolicy() {
    }

    /**
     * Allowed when {@code issuer} is the recognising authority's unit for a subject of {@code subjectUnit};
     * refused, naming the authority, otherwise, and when the set names no authority for the subject's level
     * that day.
     *
     * @param ancestors the subject unit's parent, grandparent, … on {@code day}
     */
    static Outcome issuerIsTheAuthority(CriteriaSet set, AdministrativeUnit subjectUnit,
            List<AdministrativeUnit> ancestors, AdministrativeUnit issuer, LocalDate day) {
        Optional<Authority> named = set.recognisingAuthority(subjectUnit.level(), day);
        if (named.isEmpty()) {
            return Outcome.rejected("criteriaSet", set.key(), "Bộ tiêu chí “" + set.name() + "” (" + set.key()
                    + ") không quy định cơ quan công nhận danh hiệu cho đối tượng cấp "
                    + subjectUnit.level().vietnameseName() + " vào ngày " + day);
        }
        Authority authority = named.get();
        Optional<AdministrativeUnit> authorityUnit = subjectUnit.level() == authority.level() ? Optional.of(subjectUnit)
                : ancestors.stream().filter(u -> u.level() == authority.level()).findFirst();
        if (authorityUnit.isPresent() && authorityUnit.get().id().equals(issuer.id())) {
            return Outcome.allowed();
        }
        String where = authorityUnit.map(u -> " (" + u.name() + ")").orElse("");
        return Outcome.rejected("issuingUnitCode", issuer.code(), "Danh hiệu “" + set.model().title() + "” của "
                + subjectUnit.name() + " do " + authority.name() + where + " công nhận theo bộ tiêu chí “"
                + set.name() + "” (" + set.key() + ") vào ngày " + day + "; đơn vị ban hành " + issuer.name()
                + " không có thẩm quyền ra quyết định công nhận này");
    }
}

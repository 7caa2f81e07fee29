package org.learningsociety.core.subject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;

/** The application service that enrols subjects under the units they belong to. */
public class SubjectCatalogue {

    private final Subjects subjects;
    private final AdministrativeUnits units;
    private final Transactions transactions;
    private final Clock clock;

    public SubjectCatalogue(Subjects subjects, AdministrativeUnits units, Transactions transactions, Clock clock) {
        this.subjects = Objects.requireNonNull(subjects);
        this.units = Objects.requireNonNull(units);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A subject to add: the unit by its current code. */
    public record NewSubject(LearningModel model, String unitCode, String name, String externalId) { }

    public Subject add(NewSubject subject) {
        return addAll(List.of(subject)).get(0);
    }

    /**
     * Adds subjects in one transaction and in batches: all of them, or none if any is refused.
     */
    public List<Subject> addAll(List<NewSubject> newSubjects) {
        return transactions.inTransaction(() -> {
            LocalDate today = LocalDate.now(clock);
            Set<String> seenExternalIds = new HashSet<>();
            List<Subject> created = new ArrayList<>(newSubjects.size());
            long next = newSubjects.isEmpty() ? 0 : subjects.nextIds(newSubjects.size()).value();
            for (NewSubject candidate : newSubjects) {
                if (candidate.model() == null) {
                    throw new InvalidInputException("model", null, "Mô hình học tập là bắt buộc");
                }
                AdministrativeUnit unit = units.findByCode(candidate.unitCode(), today).orElseThrow(() ->
                        new NotFoundException("unitCode", candidate.unitCode(),
                                "Không có đơn vị hành chính mang mã " + candidate.unitCode() + " vào ngày " + today));
                SubjectKind kind = SubjectKind.of(candidate.model(), unit.level());
                if (!kind.mayBelongTo(unit.level())) {
                    throw new InvalidInputException("unitCode", candidate.unitCode(), kind.vietnameseName()
                            + " không thể thuộc đơn vị cấp " + unit.level().vietnameseName());
                }
                if (!seenExternalIds.add(candidate.model() + ":" + candidate.externalId())
                        || (candidate.externalId() != null
                            && subjects.findByExternalId(candidate.model(), candidate.externalId()).isPresent())) {
                    throw new ConflictException("externalId", candidate.externalId(),
                            "Đã có đối tượng " + candidate.model().title() + " với mã định danh này");
                }
                created.add(new Subject(new SubjectId(next++), kind, unit.id(), candidate.name(),
                        candidate.externalId()));
            }
            subjects.addAll(created);
            return created;
        });
    }
}

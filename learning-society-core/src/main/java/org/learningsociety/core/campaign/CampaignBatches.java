package org.learningsociety.core.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/**
 * The batches of one commune's yearly campaign for one model. Officers work per batch: a village for
 * households, clans and citizens; the commune itself for communities and units. A batch's counts come
 * from the registrations, never from the workflow.
 */
public class CampaignBatches {

    private final UnitDirectory units;
    private final Registrations registrations;
    private final Clock clock;

    public CampaignBatches(UnitDirectory units, Registrations registrations, Clock clock) {
        this.units = Objects.requireNonNull(units);
        this.registrations = Objects.requireNonNull(registrations);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The codes of the batches officers work on: the commune's villages for households, clans and
     * citizens (the commune itself if it has no villages yet); the commune for communities and units.
     */
    public List<String> batchesOf(LearningModel model, String communeCode, int year) {
        AdministrativeUnit commune = commune(communeCode, year);
        if (model == LearningModel.COMMUNITY || model == LearningModel.UNIT) {
            return List.of(commune.code());
        }
        List<String> villages = units.childrenOf(commune, dateIn(year)).stream()
                .filter(u -> u.level() == UnitLevel.VILLAGE)
                .map(AdministrativeUnit::code)
                .sorted()
                .toList();
        return villages.isEmpty() ? List.of(commune.code()) : villages;
    }

    /** The registrations of a batch by status: a village's own, or a commune's with all below it. */
    public BatchProgress progress(LearningModel model, String batchCode, int year) {
        AdministrativeUnit batch = units.unitOn(batchCode, dateIn(year));
        Map<RegistrationStatus, Long> counts = registrations.countByStatus(unitsOf(batch, year), year, model);
        return new BatchProgress(batch.code(), batch.name(), counts);
    }

    /**
     * Whether an officer may mark a batch's work done: refused while registrations of the batch
     * still wait for this phase (self-assessments not yet verified, say).
     */
    public Outcome batchCompletion(CyclePhase phase, LearningModel model, String batchCode, int year) {
        RegistrationStatus waiting = phase.waitingStatus();
        if (waiting == null) {
            return Outcome.allowed();
        }
        BatchProgress p = progress(model, batchCode, year);
        long pending = p.count(waiting);
        if (pending == 0) {
            return Outcome.allowed();
        }
        String what = waiting == RegistrationStatus.REGISTERED
                ? " hồ sơ " + model.title() + " của " + p.unitName() + " chưa tự đánh giá"
                : " bản tự đánh giá " + model.title() + " của " + p.unitName() + " chưa được thẩm định";
        return Outcome.rejected("batch", batchCode, "Chưa thể hoàn thành nhiệm vụ " + phase.vietnameseName().toLowerCase()
                + ": còn " + pending + what + ".");
    }

    /** The code of the province the commune belongs to, for the emulation board's group. */
    public String provinceOf(String communeCode, int year) {
        AdministrativeUnit commune = commune(communeCode, year);
        return units.ancestorsOf(commune, dateIn(year)).stream()
                .filter(u -> u.level() == UnitLevel.PROVINCE)
                .map(AdministrativeUnit::code)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("unitCode", communeCode,
                        "Không tìm thấy tỉnh, thành phố của " + commune.name()));
    }

    /** The units the records of the batch {@code batchCode} are made in, as in {@link #unitsOf}. */
    public List<UnitId> unitsOfBatch(String batchCode, int year) {
        return unitsOf(units.unitOn(batchCode, dateIn(year)), year);
    }

    /** The units a batch's records are made in: a village, or a commune with every unit beneath it. */
    public List<UnitId> unitsOf(AdministrativeUnit batch, int year) {
        if (batch.level() == UnitLevel.VILLAGE) {
            return List.of(batch.id());
        }
        List<UnitId> ids = new ArrayList<>();
        ids.add(batch.id());
        units.descendantsOf(batch, dateIn(year)).forEach(u -> ids.add(u.id()));
        return ids;
    }

    /** The commune of a campaign in {@code year}: refused when {@code code} names a unit of another level. */
    public AdministrativeUnit commune(String code, int year) {
        AdministrativeUnit unit = units.unitOn(code, dateIn(year));
        if (unit.level() != UnitLevel.COMMUNE) {
            throw new InvalidInputException("unitCode", code, "Chiến dịch hằng năm chạy theo xã, phường; đơn vị "
                    + code + " là cấp " + unit.level().vietnameseName());
        }
        return unit;
    }

    /** The day the hierarchy is read on: today while the year runs, else its first or last day. */
    LocalDate dateIn(int year) {
        LocalDate today = LocalDate.now(clock);
        if (today.getYear() == year) {
            return today;
        }
        return today.getYear() > year ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
    }
}

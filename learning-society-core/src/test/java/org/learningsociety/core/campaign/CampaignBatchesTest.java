package org.learningsociety.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/** The per-commune queries the workflow asks: batches, task titles, whether a batch may close. */
class CampaignBatchesTest {

    private static final LocalDate VALID_FROM = LocalDate.of(2025, 7, 1);
    private final Clock clock = Clock.fixed(Instant.parse("2026-10-01T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private final AdministrativeUnit centre = unit(0, "VN", "Trung ương", UnitLevel.CENTRE, null);
    private final AdministrativeUnit province = unit(1, "31", "Thành phố Hải Phòng", UnitLevel.PROVINCE, centre.id());
    private final AdministrativeUnit commune = unit(2, "11911", "Xã An Lão", UnitLevel.COMMUNE, province.id());
    private final AdministrativeUnit village3 = unit(3, "1191103", "Thôn 3", UnitLevel.VILLAGE, commune.id());
    private final AdministrativeUnit village1 = unit(4, "1191101", "Thôn 1", UnitLevel.VILLAGE, commune.id());
    private final Map<UnitId, Map<RegistrationStatus, Long>> counts = new HashMap<>();
    private final CampaignBatches campaign = campaign(List.of(centre, province, commune, village3, village1));
    private final TaskTitles titles = new TaskTitles(campaign);

    @Test
    void householdsAreWorkedOnPerVillage() {
        assertThat(campaign.batchesOf(LearningModel.FAMILY, "11911", 2026)).containsExactly("1191101", "1191103");
    }

    @Test
    void communitiesAreWorkedOnForTheWholeCommune() {
        assertThat(campaign.batchesOf(LearningModel.COMMUNITY, "11911", 2026)).containsExactly("11911");
    }

    @Test
    void refusesACycleForAUnitThatIsNotACommune() {
        assertThatThrownBy(() -> campaign.batchesOf(LearningModel.FAMILY, "1191103", 2026))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("chạy theo xã, phường");
    }

    @Test
    void titlesAVerificationTaskWithTheVillagesCount() {
        counts.put(village3.id(), statuses(RegistrationStatus.SELF_ASSESSED, 312L, RegistrationStatus.REGISTERED, 5L));

        assertThat(titles.taskName(CyclePhase.VERIFICATION, LearningModel.FAMILY, "1191103", 2026))
                .isEqualTo("Thẩm định 312 bản tự đánh giá Gia đình học tập của Thôn 3 năm 2026");
    }

    @Test
    void countsTheWholeCommuneForACommuneBatch() {
        counts.put(commune.id(), statuses(RegistrationStatus.VERIFIED, 2L));
        counts.put(village1.id(), statuses(RegistrationStatus.VERIFIED, 3L));

        assertThat(campaign.progress(LearningModel.COMMUNITY, "11911", 2026).count(RegistrationStatus.VERIFIED))
                .isEqualTo(5);
    }

    @Test
    void aVerificationBatchWithUnverifiedSelfAssessmentsCannotClose() {
        counts.put(village3.id(), statuses(RegistrationStatus.SELF_ASSESSED, 12L, RegistrationStatus.VERIFIED, 300L));

        assertThat(campaign.batchCompletion(CyclePhase.VERIFICATION, LearningModel.FAMILY, "1191103", 2026))
                .isEqualTo(Outcome.rejected("batch", "1191103", "Chưa thể hoàn thành nhiệm vụ thẩm định: còn 12 bản "
                        + "tự đánh giá Gia đình học tập của Thôn 3 chưa được thẩm định."));
    }

    @Test
    void aVerificationBatchWithEverythingVerifiedMayClose() {
        counts.put(village3.id(), statuses(RegistrationStatus.VERIFIED, 300L, RegistrationStatus.REGISTERED, 4L));

        assertThat(campaign.batchCompletion(CyclePhase.VERIFICATION, LearningModel.FAMILY, "1191103", 2026)
                .isAllowed()).isTrue();
    }

    @Test
    void findsTheProvinceOfTheCommune() {
        assertThat(campaign.provinceOf("11911", 2026)).isEqualTo("31");
    }

    private static Map<RegistrationStatus, Long> statuses(Object... pairs) {
        Map<RegistrationStatus, Long> map = new EnumMap<>(RegistrationStatus.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((RegistrationStatus) pairs[i], (Long) pairs[i + 1]);
        }
        return map;
    }

    private static AdministrativeUnit unit(long id, String code, String name, UnitLevel level, UnitId parent) {
        return new AdministrativeUnit(new UnitId(id), code, name, level, parent, Period.from(VALID_FROM), null);
    }

    private CampaignBatches campaign(List<AdministrativeUnit> all) {
        AdministrativeUnits units = new AdministrativeUnits() {
            public Optional<AdministrativeUnit> findByCode(String code, LocalDate date) {
                return all.stream().filter(u -> u.code().equals(code)).findFirst();
            }

            public Optional<AdministrativeUnit> findLatestByCode(String code) {
                return findByCode(code, null);
            }

            public Optional<AdministrativeUnit> findById(UnitId id, LocalDate date) {
                return all.stream().filter(u -> u.id().equals(id)).findFirst();
            }

            public List<AdministrativeUnit> versionsOf(UnitId id) {
                return findById(id, null).stream().toList();
            }

            public List<AdministrativeUnit> childrenOf(UnitId parent, LocalDate date) {
                return all.stream().filter(u -> parent.equals(u.parent())).toList();
            }

            public List<AdministrativeUnit> descendantsOf(UnitId root, LocalDate date) {
                List<AdministrativeUnit> found = new ArrayList<>();
                for (AdministrativeUnit child : childrenOf(root, date)) {
                    found.add(child);
                    found.addAll(descendantsOf(child.id(), date));
                }
                return found;
            }

            public UnitId nextIds(int count) {
                throw new UnsupportedOperationException();
            }

            public void add(AdministrativeUnit version) {
                throw new UnsupportedOperationException();
            }

            public void addAll(Collection<AdministrativeUnit> versions) {
                throw new UnsupportedOperationException();
            }

            public void closeVersion(UnitId id, LocalDate lastDay) {
                throw new UnsupportedOperationException();
            }

            public void addSuccessions(Collection<org.learningsociety.core.unit.Succession> successions) {
                throw new UnsupportedOperationException();
            }

            public List<org.learningsociety.core.unit.Succession> successionsFrom(UnitId predecessor) {
                return List.of();
            }

            public List<org.learningsociety.core.unit.Succession> successionsInto(Collection<UnitId> successors) {
                return List.of();
            }
        };
        Registrations registrations = unsupported(Registrations.class, (method, args) -> {
            if (method.equals("countByStatus")) {
                Map<RegistrationStatus, Long> sum = new EnumMap<>(RegistrationStatus.class);
                for (Object id : (Collection<?>) args[0]) {
                    counts.getOrDefault(id, Map.of()).forEach((s, n) -> sum.merge(s, n, Long::sum));
                }
                return sum;
            }
            throw new UnsupportedOperationException(method);
        });
        Transactions transactions = new Transactions() {
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return work.get();
            }
        };
        UnitDirectory directory = new UnitDirectory(units, transactions, clock);
        return new CampaignBatches(directory, registrations, clock);
    }

    /** A repository of which the test uses at most {@code answer}'s methods. */
    @SuppressWarnings("unchecked")
    private static <T> T unsupported(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("toString")) {
                return type.getSimpleName();
            }
            if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            return answer.apply(method.getName(), args);
        });
    }
}

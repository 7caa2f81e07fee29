package org.learningsociety.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.learningsociety.core.subject.LearningModel;

/**
 * What the demo holds for the city's other communes, worked out from a seed before anything is
 * stored: each commune's villages and households, clans, village communities and organisations, and
 * for each year and model how many of them registered and how many were recognised. The rates of a
 * commune spread around the plan's target for the year (a commune's standing holds from year to year:
 * some well above, some well below); the city's total lands within a few points of the target. The
 * same seed, communes and targets always give the same plan.
 */
record CityDemoPlan(List<Commune> communes, Map<Key, Outcome> outcomes) {

    /** The models the demo generates for each commune, in the order it stores them. */
    static final List<LearningModel> MODELS = List.of(LearningModel.FAMILY, LearningModel.CLAN,
            LearningModel.COMMUNITY, LearningModel.UNIT);

    /**
     * A commune of the city as the units the library loaded name it.
     *
     * @param before where its villages were before the 2025 reform (the old province's code), empty when
     *        they did not exist then: the recognitions are evened out within each, so that the city's
     *        rate holds for the city as it was before the reform as well as after
     */
    record CommuneSeed(String code, String name, String before) { }

    record Village(String code, String name, int households) { }

    /**
     * @param standing how many points above (or, negative, below) the city's rate the commune stands
     */
    record Commune(String code, String name, String before, int standing, List<Village> villages, List<String> clans,
            List<String> organisations) {

        int households() {
            return villages.stream().mapToInt(Village::households).sum();
        }

        int subjects(LearningModel model) {
            return switch (model) {
                case FAMILY -> households();
                case CLAN -> clans.size();
                case COMMUNITY -> villages.size();
                case UNIT -> organisations.size();
                default -> 0;
            };
        }
    }

    record Key(String commune, int year, LearningModel model) { }

    /** A commune's year of one model: its subjects, how many registered, how many were recognised. */
    record Outcome(int subjects, int registered, int recognised) { }

    private static final String[] PLACES = {"Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "An Lạc", "Phú Xá",
            "Đồng Hòa", "Tân Lập", "Hòa Bình", "Thắng Lợi", "Quyết Tiến", "Đoàn Kết", "Minh Khai", "Trần Phú",
            "Lê Lợi", "Cầu Đất", "Vĩnh Niệm", "Hưng Đạo", "Kiến An", "Đình Đông", "Quang Trung", "Thống Nhất"};
    private static final String[] CLAN_NAMES = {"Nguyễn Văn", "Trần Đình", "Lê Xuân", "Phạm Quang", "Hoàng Minh",
            "Vũ Đức", "Đặng Công", "Bùi Hữu", "Đỗ Văn", "Ngô Quang", "Dương Văn", "Đinh Công", "Phạm Văn", "Nguyễn Đức"};

    /**
     * The plan for {@code communes}, whose city targets per year and model are {@code targets}
     * (percent, as the plan in force states or derives them).
     */
    static CityDemoPlan generate(long seed, List<CommuneSeed> communes, Map<Integer, Map<LearningModel, BigDecimal>> targets) {
        Random random = new Random(seed);
        List<Commune> made = new ArrayList<>();
        for (CommuneSeed seedCommune : communes) {
            made.add(commune(seedCommune, random));
        }
        Map<Key, Outcome> outcomes = new LinkedHashMap<>();
        for (var year : targets.entrySet()) {
            for (LearningModel model : MODELS) {
                BigDecimal target = year.getValue().get(model);
                if (target != null) {
                    outcomes.putAll(year(made, year.getKey(), model, target.doubleValue(), random));
                }
            }
        }
        return new CityDemoPlan(List.copyOf(made), Collections.unmodifiableMap(outcomes));
    }

    private static Commune commune(CommuneSeed seed, Random random) {
        boolean ward = seed.name().startsWith("Phường");
        int villageCount = 3 + random.nextInt(3);
        List<Village> villages = new ArrayList<>();
        int first = random.nextInt(PLACES.length);
        for (int v = 0; v < villageCount; v++) {
            String place = PLACES[(first + v * 7) % PLACES.length];
            villages.add(new Village(seed.code() + "-" + String.format("%02d", v + 1),
                    (ward ? "Tổ dân phố " : "Thôn ") + place, 20 + random.nextInt(15)));
        }
        List<String> clans = new ArrayList<>();
        int firstClan = random.nextInt(CLAN_NAMES.length);
        for (int c = 0, n = 2 + random.nextInt(3); c < n; c++) {
            clans.add("Dòng họ " + CLAN_NAMES[(firstClan + c * 5) % CLAN_NAMES.length]);
        }
        String place = seed.name().replaceFirst("^(Phường|Xã|Đặc khu) ", "");
        List<String> organisations = new ArrayList<>(List.of("Trường Mầm non " + place, "Trường Tiểu học " + place,
                "Trường THCS " + place, "Trạm Y tế " + seed.name().toLowerCase().charAt(0)
                        + seed.name().substring(1), "Ủy ban nhân dân " + seed.name().toLowerCase().charAt(0)
                        + seed.name().substring(1)));
        if (random.nextBoolean()) {
            organisations.add("Công ty TNHH " + place);
        }
        // a commune's standing: most within ten points of the city, some well above or well below
        int standing = (int) Math.round(Math.max(-25, Math.min(25, random.nextGaussian() * 10)));
        return new Commune(seed.code(), seed.name(), seed.before(), standing, List.copyOf(villages), List.copyOf(clans),
                List.copyOf(organisations));
    }

    /**
     * One year of one model: each commune's rate is the city's (the target, a point or two off) plus
     * its standing and a little noise; the recognitions are then evened out, one at a time, so that
     * the city's total is the city's rate.
     */
    private static Map<Key, Outcome> year(List<Commune> communes, int year, LearningModel model, double target,
            Random random) {
        double cityRate = Math.min(99, target - 2 + random.nextInt(5));
        int[] subjects = new int[communes.size()];
        int[] recognised = new int[communes.size()];
        for (int c = 0; c < communes.size(); c++) {
            Commune commune = communes.get(c);
            subjects[c] = commune.subjects(model);
            double rate = Math.max(5, Math.min(100, cityRate + commune.standing() + random.nextGaussian() * 3));
            recognised[c] = (int) Math.round(subjects[c] * rate / 100);
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < communes.size(); c++) {
            order.add(c);
        }
        Collections.shuffle(order, random);
        for (String before : communes.stream().map(Commune::before).distinct().sorted().toList()) {
            List<Integer> group = order.stream().filter(c -> communes.get(c).before().equals(before)).toList();
            evenOut(group, subjects, recognised, cityRate);
        }
        Map<Key, Outcome> outcomes = new LinkedHashMap<>();
        for (int c = 0; c < communes.size(); c++) {
            // most of those not recognised registered and fell short; the others never registered
            int notRecognised = subjects[c] - recognised[c];
            int registered = recognised[c] + (int) Math.round(notRecognised * (0.4 + random.nextDouble() * 0.5));
            outcomes.put(new Key(communes.get(c).code(), year, model), new Outcome(subjects[c], registered, recognised[c]));
        }
        return outcomes;
    }

    /** Adds or takes recognitions, one commune at a time in {@code group}'s order, until the group's rate is {@code rate}. */
    private static void evenOut(List<Integer> group, int[] subjects, int[] recognised, double rate) {
        long total = group.stream().mapToLong(c -> subjects[c]).sum();
        long sum = group.stream().mapToLong(c -> recognised[c]).sum();
        long wanted = Math.round(total * rate / 100);
        for (int pass = 0; sum != wanted && pass < 100; pass++) {
            for (int c : group) {
                if (sum < wanted && recognised[c] < subjects[c]) {
                    recognised[c]++;
                    sum++;
                } else if (sum > wanted && recognised[c] > 0) {
                    recognised[c]--;
                    sum--;
                }
                if (sum == wanted) {
                    return;
                }
            }
        }
    }

    /** The city's rate for a year and model, in percent: its communes' recognitions over their subjects. */
    BigDecimal cityRate(int year, LearningModel model) {
        long subjects = 0;
        long recognised = 0;
        for (var entry : outcomes.entrySet()) {
            if (entry.getKey().year() == year && entry.getKey().model() == model) {
                subjects += entry.getValue().subjects();
                recognised += entry.getValue().recognised();
            }
        }
        return subjects == 0 ? null : BigDecimal.valueOf(recognised * 100.0 / subjects);
    }
}

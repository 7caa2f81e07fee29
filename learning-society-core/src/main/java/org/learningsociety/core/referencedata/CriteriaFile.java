package org.learningsociety.core.referencedata;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.learningsociety.core.criteria.Authorities;
import org.learningsociety.core.criteria.Authority;
import org.learningsociety.core.criteria.ClassificationRule;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.Criterion;
import org.learningsociety.core.criteria.Indicator;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.SubjectKind;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitLevel;

/**
 * Reads a criteria file ({@code schema: learning-society/criteria/v1}, docs/reference-data.md) into
 * a {@link CriteriaSet} without an id, checking that points add up; the first problem fails the read
 * with the file, the line and the reason.
 */
public final class CriteriaFile {

    public static final String SCHEMA = "learning-society/criteria/v1";

    private static final Set<String> TOP = Set.of("schema", "id", "model", "version", "name", "basis", "issuer",
            "issuedOn", "validFromYear", "validToYear", "scope", "derivedFrom", "official", "source", "subject",
            "criteria", "classification", "subjectLevels", "authorities");

    private CriteriaFile() {
    }

    public static CriteriaSet read(String file, InputStream in) {
        YamlTree root = YamlTree.parse(file, in).allowOnly(TOP);
        String schema = root.string("schema");
        if (!SCHEMA.equals(schema)) {
            throw root.required("schema").error("Lược đồ phải là \"" + SCHEMA + "\", nhận được \"" + schema + "\"");
        }
        String id = root.string("id");
        String expectedId = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        if (!id.equals(expectedId)) {
            throw root.required("id").error("Mã bộ tiêu chí \"" + id + "\" phải trùng tên tệp \"" + expectedId + "\"");
        }
        boolean official = root.bool("official", false);
        Set<String> codes = new HashSet<>();
        List<Criterion> criteria = root.list("criteria", node -> {
            node.allowOnly(Set.of("code", "name", "maxPoints", "minimumPoints", "sample", "nameSample", "indicators"));
            String code = node.string("code");
            List<Indicator> indicators = node.list("indicators", item -> {
                item.allowOnly(Set.of("code", "name", "maxPoints", "sample", "nameSample", "evidenceRequired",
                        "evidenceHint"));
                String indicatorCode = item.string("code");
                if (!indicatorCode.startsWith(code + ".")) {
                    throw item.required("code").error("Mã chỉ số \"" + indicatorCode + "\" phải bắt đầu bằng mã tiêu chí \""
                            + code + ".\"");
                }
                if (!codes.add(indicatorCode)) {
                    throw item.required("code").error("Mã chỉ số \"" + indicatorCode + "\" bị trùng");
                }
                int maxPoints = item.integer("maxPoints");
                if (maxPoints <= 0) {
                    throw item.required("maxPoints").error("Điểm tối đa phải lớn hơn 0, nhận được " + maxPoints);
                }
                boolean sample = item.bool("sample", false) || item.bool("nameSample", false);
                if (official && sample) {
                    throw item.error("Bộ tiêu chí chính thức (official: true) không được có giá trị mẫu");
                }
                return new Indicator(indicatorCode, item.string("name"), maxPoints,
                        item.bool("evidenceRequired", false), item.bool("sample", false),
                        item.bool("nameSample", false));
            });
            if (indicators.isEmpty()) {
                throw node.error("Tiêu chí " + code + " phải có ít nhất một chỉ số");
            }
            int sum = indicators.stream().mapToInt(Indicator::maxPoints).sum();
            int stated = node.integer("maxPoints");
            if (stated != sum) {
                throw node.required("maxPoints").error("Điểm tối đa của tiêu chí " + code + " là " + stated
                        + " nhưng tổng điểm các chỉ số là " + sum);
            }
            int minimum = node.optionalInteger("minimumPoints").orElse(0);
            if (minimum < 0 || minimum > sum) {
                throw node.required("minimumPoints").error("Điểm tối thiểu phải từ 0 đến " + sum + ", nhận được " + minimum);
            }
            boolean criterionSample = node.bool("sample", false);
            boolean criterionNameSample = node.bool("nameSample", false);
            if (official && (criterionSample || criterionNameSample)) {
                throw node.error("Bộ tiêu chí chính thức (official: true) không được có giá trị mẫu");
            }
            return new Criterion(code, node.string("name"), indicators, minimum, criterionSample, criterionNameSample);
        });
        if (criteria.isEmpty()) {
            throw root.error("Bộ tiêu chí phải có ít nhất một tiêu chí");
        }
        YamlTree classification = root.required("classification")
                .allowOnly(Set.of("title", "maxTotal", "minimumTotal", "sample"));
        int total = criteria.stream().mapToInt(Criterion::maxPoints).sum();
        int maxTotal = classification.integer("maxTotal");
        if (maxTotal != total) {
            throw classification.required("maxTotal").error("Tổng điểm tối đa là " + maxTotal
                    + " nhưng tổng điểm các tiêu chí là " + total);
        }
        int minimumTotal = classification.integer("minimumTotal");
        if (minimumTotal <= 0 || minimumTotal > maxTotal) {
            throw classification.required("minimumTotal").error("Điểm đạt danh hiệu phải từ 1 đến " + maxTotal
                    + ", nhận được " + minimumTotal);
        }
        int validFrom = root.integer("validFromYear");
        Integer validTo = root.optionalInteger("validToYear").orElse(null);
        if (validTo != null && validTo < validFrom) {
            throw root.required("validToYear").error("Năm cuối " + validTo + " trước năm đầu " + validFrom);
        }
        LearningModel model = root.enumValue("model", LearningModel.class);
        Set<UnitLevel> subjectLevels = subjectLevels(root, model);
        List<Authorities> authorities = authorities(root, subjectLevels, official);
        String scope = root.optional("scope").map(s -> s.allowOnly(Set.of("unitCode", "level")).string("unitCode"))
                .orElse(null);
        return new CriteriaSet(null, id, model, root.string("version"),
                root.string("name"), root.string("basis"), validFrom, official, criteria,
                new ClassificationRule(minimumTotal, classification.string("title"), classification.bool("sample", false)),
                validTo, scope, subjectLevels, authorities);
    }

    /**
     * The file's {@code subjectLevels}: levels where a subject of the model may be attached, each once; the
     * model's usual ones ({@link CriteriaSet#defaultSubjectLevels}) when absent.
     */
    private static Set<UnitLevel> subjectLevels(YamlTree root, LearningModel model) {
        List<YamlTree> items = root.list("subjectLevels");
        if (items.isEmpty()) {
            return CriteriaSet.defaultSubjectLevels(model);
        }
        Set<UnitLevel> levels = EnumSet.noneOf(UnitLevel.class);
        for (YamlTree item : items) {
            UnitLevel level = level(item);
            boolean attachable = Arrays.stream(SubjectKind.values())
                    .anyMatch(kind -> kind.model() == model && kind.mayBelongTo(level));
            if (!attachable) {
                throw item.error("Đối tượng của mô hình " + model + " không thuộc đơn vị cấp " + level
                        + " (" + level.vietnameseName() + ")");
            }
            if (!levels.add(level)) {
                throw item.error("Cấp \"" + level + "\" bị trùng trong subjectLevels");
            }
        }
        return levels;
    }

    /**
     * The file's {@code authorities}: for a subject level of the set and a period, the body that evaluates
     * and the one that recognises, each at the subject's level or above; periods of one level do not overlap.
     */
    private static List<Authorities> authorities(YamlTree root, Set<UnitLevel> subjectLevels, boolean official) {
        List<Authorities> read = root.list("authorities", node -> {
            node.allowOnly(Set.of("subjectLevel", "from", "until", "evaluates", "recognises", "sample", "basis"));
            UnitLevel subjectLevel = node.enumValue("subjectLevel", UnitLevel.class);
            if (!subjectLevels.contains(subjectLevel)) {
                throw node.required("subjectLevel").error("Cấp \"" + subjectLevel
                        + "\" không có trong subjectLevels của bộ tiêu chí " + subjectLevels);
            }
            LocalDate from = node.optionalDate("from").orElse(null);
            LocalDate until = node.optionalDate("until").orElse(null);
            if (from != null && until != null && until.isBefore(from)) {
                throw node.required("until").error("Ngày cuối " + until + " trước ngày đầu " + from);
            }
            boolean sample = node.bool("sample", false);
            if (official && sample) {
                throw node.error("Bộ tiêu chí chính thức (official: true) không được có giá trị mẫu");
            }
            return new Authorities(subjectLevel, from, until, authority(node.required("evaluates"), subjectLevel),
                    authority(node.required("recognises"), subjectLevel), sample,
                    node.optionalString("basis").orElse(null));
        });
        List<YamlTree> nodes = root.list("authorities");
        for (int i = 0; i < read.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (read.get(i).overlaps(read.get(j))) {
                    throw nodes.get(i).error("Thời gian áp dụng trùng với mục authorities[" + j + "] cùng cấp "
                            + read.get(i).subjectLevel());
                }
            }
        }
        return read;
    }

    private static Authority authority(YamlTree node, UnitLevel subjectLevel) {
        node.allowOnly(Set.of("body", "level", "name"));
        UnitLevel level = node.enumValue("level", UnitLevel.class);
        if (level.ordinal() > subjectLevel.ordinal()) {
            throw node.required("level").error("Cơ quan cấp " + level + " thấp hơn cấp của đối tượng " + subjectLevel);
        }
        return new Authority(node.enumValue("body", BodyKind.class), level, node.string("name"));
    }

    private static UnitLevel level(YamlTree item) {
        String text = item.text().strip();
        try {
            return UnitLevel.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw item.error("Cấp không hợp lệ: \"" + text + "\"; phải là một trong "
                    + Arrays.toString(UnitLevel.values()));
        }
    }
}

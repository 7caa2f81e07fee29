package org.learningsociety.core.referencedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learningsociety.core.shared.Csv;
import org.learningsociety.core.unit.Succession;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The National Statistics Office's lists, parsed and checked: the communes before 1 July 2025 with
 * their districts and provinces, the communes after it, and the conversion table between them.
 */
public final class NationalUnitData {

    /** The three files, by name. */
    public interface Source {

        InputStream open(String file);

        /** The copies shipped in this jar. */
        static Source shipped() {
            return file -> {
                InputStream in = NationalUnitData.class.getResourceAsStream(
                        "/org/learningsociety/referencedata/units/" + file);
                if (in == null) {
                    throw new MalformedDataException(file, 0, "Không tìm thấy tệp dữ liệu");
                }
                return in;
            };
        }
    }

    public static final String BEFORE_FILE = "communes-2025-01-04-before-reform.csv";
    public static final String AFTER_FILE = "communes-after-reform.json";
    public static final String CONVERSION_FILE = "communes-2025-07-conversion.csv";

    public record OldProvince(String code, String name) { }

    public record OldDistrict(String code, String name, String provinceCode) { }

    public record OldCommune(String code, String name, String districtCode, String provinceCode) { }

    public record NewProvince(String code, String name) { }

    public record NewCommune(String code, String name, String provinceCode) { }

    /**
     * One row of the conversion table: the new commune and the old commune (or, for a district with
     * no communes, the old district) that went into it, wholly or partly.
     */
    public record Conversion(int line, String newProvinceCode, String newCommuneCode, String oldCommuneCode,
            String oldDistrictCode, String oldProvinceCode, Succession.Kind kind, String note) { }

    private static final Pattern NAME_AND_CODE = Pattern.compile("^(.*\\S)\\s*\\((\\d+)\\)\\s*$");

    private final Map<String, OldProvince> oldProvinces = new LinkedHashMap<>();
    private final Map<String, OldDistrict> oldDistricts = new LinkedHashMap<>();
    private final Map<String, OldCommune> oldCommunes = new LinkedHashMap<>();
    private final Map<String, NewProvince> newProvinces = new LinkedHashMap<>();
    private final Map<String, NewCommune> newCommunes = new LinkedHashMap<>();
    private final List<Conversion> conversions = new ArrayList<>();
    private int beforeRows;

    private NationalUnitData() {
    }

    /** Reads and checks the three files; the first malformed row fails the whole read. */
    public static NationalUnitData read(Source source) {
        NationalUnitData data = new NationalUnitData();
        try (InputStream in = source.open(BEFORE_FILE)) {
            data.readBefore(Csv.read(in, BEFORE_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = source.open(CONVERSION_FILE)) {
            data.readConversion(Csv.read(in, CONVERSION_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = source.open(AFTER_FILE)) {
            data.readAfter(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    private void readBefore(List<Csv.Row> rows) {
        if (rows.isEmpty() || !rows.get(0).get(0).startsWith("Tỉnh")) {
            throw new MalformedDataException(BEFORE_FILE, 1, "Thiếu dòng tiêu đề");
        }
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() == 1 && row.get(0).isEmpty()) {
                continue;
            }
            if (row.fields().size() < 7) {
                throw new MalformedDataException(BEFORE_FILE, row.line(), "Dòng có " + row.fields().size()
                        + " cột, cần ít nhất 7");
            }
            beforeRows++;
            String provinceCode = code(row, 1, 2, BEFORE_FILE, "mã tỉnh");
            String districtCode = code(row, 3, 3, BEFORE_FILE, "mã huyện");
            String provinceName = name(row, 0, BEFORE_FILE, "tên tỉnh");
            String districtName = name(row, 2, BEFORE_FILE, "tên huyện");
            boolean districtWithoutCommunes = row.get(4).isEmpty() && row.get(5).isEmpty()
                    && row.get(6).equals("Huyện");
            oldProvinces.putIfAbsent(provinceCode, new OldProvince(provinceCode, provinceName));
            OldDistrict district = oldDistricts.putIfAbsent(districtCode,
                    new OldDistrict(districtCode, districtName, provinceCode));
            if (district != null && !district.provinceCode().equals(provinceCode)) {
                throw new MalformedDataException(BEFORE_FILE, row.line(), "Huyện " + districtCode
                        + " đã thuộc tỉnh " + district.provinceCode() + ", không thể thuộc tỉnh " + provinceCode);
            }
            if (districtWithoutCommunes) {
                continue; // an island district with no communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo)
            }
            String communeCode = code(row, 5, 5, BEFORE_FILE, "mã xã");
            String communeName = name(row, 4, BEFORE_FILE, "tên xã");
            if (oldCommunes.putIfAbsent(communeCode,
                    new OldCommune(communeCode, communeName, districtCode, provinceCode)) != null) {
                throw new MalformedDataException(BEFORE_FILE, row.line(), "Mã xã " + communeCode + " bị trùng");
            }
        }
    }

    private void readConversion(List<Csv.Row> rows) {
        for (Csv.Row row : rows) {
            if (row.line() <= 2 || row.get(1).isEmpty()) {
                continue; // the two header lines, and the bare line that starts each province
            }
            NameAndCode newProvince = nameAndCode(row, 0, 2, "tỉnh mới");
            String newCode = code(row, 2, 5, CONVERSION_FILE, "mã xã mới");
            String oldCommune = row.get(4).isEmpty() ? null : code(row, 4, 5, CONVERSION_FILE, "mã xã cũ");
            String oldDistrict = row.get(6).isEmpty() ? null : nameAndCode(row, 6, 3, "huyện cũ").code();
            String oldProvince = row.get(7).isEmpty() ? null : nameAndCode(row, 7, 2, "tỉnh cũ").code();
            String note = row.get(5);
            newProvinces.putIfAbsent(newProvince.code(), new NewProvince(newProvince.code(), newProvince.name()));
            conversions.add(new Conversion(row.line(), newProvince.code(), newCode, oldCommune, oldDistrict,
                    oldProvince, kindOf(note), note));
        }
        if (newProvinces.isEmpty()) {
            throw new MalformedDataException(CONVERSION_FILE, 1, "Bảng chuyển đổi không có dòng nào");
        }
    }

    /** "Nhập một phần …" and "Phần còn lại …" are partial; merged whole, unchanged and renamed are whole. */
    static Succession.Kind kindOf(String note) {
        String normalised = note.toLowerCase(Locale.ROOT).replace("nhâp", "nhập");
        return normalised.contains("một phần") || normalised.contains("phần còn lại")
                ? Succession.Kind.PARTIAL : Succession.Kind.WHOLE;
    }

    private void readAfter(InputStream in) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new MalformedDataException(AFTER_FILE, 0, "Không đọc được JSON: " + e.getMessage());
        }
        if (!(root instanceof SequenceNode list)) {
            throw new MalformedDataException(AFTER_FILE, 1, "Cần một danh sách các xã");
        }
        Map<String, String> provinceCodeByName = new LinkedHashMap<>();
        newProvinces.values().forEach(p -> provinceCodeByName.put(p.name(), p.code()));
        for (Node item : list.getValue()) {
            int line = item.getStartMark().getLine() + 1;
            if (!(item instanceof MappingNode mapping)) {
                throw new MalformedDataException(AFTER_FILE, line, "Mỗi phần tử phải là một đối tượng");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value) {
                    fields.put(key.getValue(), value.getValue());
                }
            }
            String rawCode = fields.get("code");
            if (rawCode == null || !rawCode.matches("\\d{1,5}")) {
                throw new MalformedDataException(AFTER_FILE, line, "Mã xã không hợp lệ: " + rawCode);
            }
            String code = "0".repeat(5 - rawCode.length()) + rawCode;
            String name = fields.get("name");
            if (name == null || name.isBlank()) {
                throw new MalformedDataException(AFTER_FILE, line, "Thiếu tên xã " + code);
            }
            String provinceCode = provinceCodeByName.get(fields.get("province_name"));
            if (provinceCode == null) {
                throw new MalformedDataException(AFTER_FILE, line, "Tỉnh \"" + fields.get("province_name")
                        + "\" không có trong bảng chuyển đổi");
            }
            if (newCommunes.putIfAbsent(code, new NewCommune(code, name.strip(), provinceCode)) != null) {
                throw new MalformedDataException(AFTER_FILE, line, "Mã xã " + code + " bị trùng");
            }
        }
        for (Conversion conversion : conversions) {
            if (!newCommunes.containsKey(conversion.newCommuneCode())) {
                throw new MalformedDataException(CONVERSION_FILE, conversion.line(), "Xã mới "
                        + conversion.newCommuneCode() + " không có trong danh sách sau sắp xếp");
            }
        }
    }

    private record NameAndCode(String name, String code) { }

    private static NameAndCode nameAndCode(Csv.Row row, int column, int digits, String what) {
        Matcher m = NAME_AND_CODE.matcher(row.get(column));
        if (!m.matches() || m.group(2).length() != digits) {
            throw new MalformedDataException(CONVERSION_FILE, row.line(), "Cột " + (column + 1) + " (" + what
                    + ") phải có dạng \"Tên (" + "0".repeat(digits) + ")\", nhận được \"" + row.get(column) + "\"");
        }
        return new NameAndCode(m.group(1), m.group(2));
    }

    private static String code(Csv.Row row, int column, int digits, String file, String what) {
        String value = row.get(column);
        if (!value.matches("\\d{" + digits + "}")) {
            throw new MalformedDataException(file, row.line(), "Cột " + (column + 1) + " (" + what + ") phải gồm "
                    + digits + " chữ số, nhận được \"" + value + "\"");
        }
        return value;
    }

    private static String name(Csv.Row row, int column, String file, String what) {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw new MalformedDataException(file, row.line(), "Cột " + (column + 1) + " (" + what + ") trống");
        }
        return value;
    }

    public Map<String, OldProvince> oldProvinces() {
        return oldProvinces;
    }

    public Map<String, OldDistrict> oldDistricts() {
        return oldDistricts;
    }

    public Map<String, OldCommune> oldCommunes() {
        return oldCommunes;
    }

    public Map<String, NewProvince> newProvinces() {
        return newProvinces;
    }

    public Map<String, NewCommune> newCommunes() {
        return newCommunes;
    }

    /** The rows of the pre-reform list: a commune each, or a district that has none. */
    public int beforeRows() {
        return beforeRows;
    }

    public List<Conversion> conversions() {
        return conversions;
    }

    /** The old provinces whose communes went, wholly or in part, into new province {@code code}. */
    public List<String> oldProvincesFeeding(String newProvinceCode) {
        return conversions.stream().filter(c -> c.newProvinceCode().equals(newProvinceCode))
                .map(Conversion::oldProvinceCode).filter(Objects::nonNull).distinct().toList();
    }
}

package org.learningsociety.core.referencedata;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML document read as a tree that remembers lines, so that every refusal names the file, the
 * line and the reason. Typed getters refuse a missing or mistyped value; unknown keys are refused
 * too, so that a misspelt field is not silently ignored.
 */
final class YamlTree {

    private final String file;
    private final Node node;
    /** Where the node is in the document, as a field path ({@code targets[3].value}); empty for the root. */
    private final String path;

    private YamlTree(String file, Node node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    static YamlTree parse(String file, InputStream in) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new Yaml(options).compose(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (root == null) {
                throw new MalformedDataException(file, 1, "Tệp rỗng");
            }
            return new YamlTree(file, root, "");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new MalformedDataException(file, line, "Không đọc được YAML: " + e.getProblem());
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new MalformedDataException(file, 0, "Không đọc được YAML: " + e.getMessage());
        }
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    MalformedDataException error(String reason) {
        return new MalformedDataException(file, line(), reason, path.isEmpty() ? null : path);
    }

    /** A refusal about the field {@code key} of this node, present or not, at this node's line. */
    MalformedDataException errorAt(String key, String reason) {
        return new MalformedDataException(file, line(), reason, child(key));
    }

    /** The field path of this node's field {@code key}. */
    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Map<String, YamlTree> mapping() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("Cần một ánh xạ khóa: giá trị");
        }
        Map<String, YamlTree> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new YamlTree(file, tuple.getKeyNode(), path).error("Khóa phải là một chuỗi");
            }
            entries.put(key.getValue(), new YamlTree(file, tuple.getValueNode(), child(key.getValue())));
        }
        return entries;
    }

    /** Refuses keys outside {@code allowed}. */
    YamlTree allowOnly(Set<String> allowed) {
        for (var entry : mapping().entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw entry.getValue().error("Trường không được hỗ trợ: \"" + entry.getKey() + "\"");
            }
        }
        return this;
    }

    Optional<YamlTree> optional(String key) {
        YamlTree value = mapping().get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    YamlTree required(String key) {
        return optional(key).orElseThrow(() -> errorAt(key, "Thiếu trường bắt buộc \"" + key + "\""));
    }

    boolean isNull() {
        return node instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
    }

    String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("Cần một giá trị đơn");
        }
        return scalar.getValue();
    }

    String string(String key) {
        String value = required(key).text().strip();
        if (value.isEmpty()) {
            throw required(key).error("Trường \"" + key + "\" không được để trống");
        }
        return value;
    }

    Optional<String> optionalString(String key) {
        return optional(key).map(YamlTree::text).map(String::strip).filter(s -> !s.isEmpty());
    }

    int integer(String key) {
        YamlTree value = required(key);
        try {
            return Integer.parseInt(value.text().strip());
        } catch (NumberFormatException e) {
            throw value.error("Trường \"" + key + "\" phải là số nguyên, nhận được \"" + value.text() + "\"");
        }
    }

    Optional<Integer> optionalInteger(String key) {
        return optional(key).map(v -> integer(key));
    }

    BigDecimal decimal(String key) {
        YamlTree value = required(key);
        try {
            return new BigDecimal(value.text().strip());
        } catch (NumberFormatException e) {
            throw value.error("Trường \"" + key + "\" phải là một số, nhận được \"" + value.text() + "\"");
        }
    }

    boolean bool(String key, boolean defaultValue) {
        Optional<YamlTree> value = optional(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String text = value.get().text().strip();
        if (!text.equals("true") && !text.equals("false")) {
            throw value.get().error("Trường \"" + key + "\" phải là true hoặc false, nhận được \"" + text + "\"");
        }
        return Boolean.parseBoolean(text);
    }

    Optional<LocalDate> optionalDate(String key) {
        return optional(key).map(value -> {
            try {
                return LocalDate.parse(value.text().strip());
            } catch (DateTimeParseException e) {
                throw value.error("Trường \"" + key + "\" phải là ngày dạng YYYY-MM-DD, nhận được \""
                        + value.text() + "\"");
            }
        });
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        YamlTree value = required(key);
        try {
            return Enum.valueOf(type, value.text().strip());
        } catch (IllegalArgumentException e) {
            throw value.error("Trường \"" + key + "\" không hợp lệ: \"" + value.text() + "\"; phải là một trong "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    List<YamlTree> list(String key) {
        Optional<YamlTree> value = optional(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get().node instanceof SequenceNode sequence)) {
            throw value.get().error("Trường \"" + key + "\" phải là một danh sách");
        }
        List<YamlTree> items = new ArrayList<>();
        String listPath = value.get().path;
        sequence.getValue().forEach(item -> items.add(new YamlTree(file, item, listPath + "[" + items.size() + "]")));
        return items;
    }

    <T> List<T> list(String key, Function<YamlTree, T> reader) {
        return list(key).stream().map(reader).toList();
    }
}

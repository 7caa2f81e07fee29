package org.learningsociety.core.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small streaming RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
 * Each record comes with the line it starts on, for errors that name it.
 */
public final class Csv {

    /** A record and the line it starts on (1-based). */
    public record Row(int line, List<String> fields) {

        /** The field at {@code index}, stripped; empty when the row is shorter. */
        public String get(int index) {
            return index < fields.size() ? fields.get(index).strip() : "";
        }
    }

    private Csv() {
    }

    /** Reads every record into memory. */
    public static List<Row> read(InputStream in, String file) {
        List<Row> rows = new ArrayList<>();
        forEach(in, file, rows::add);
        return rows;
    }

    /** Hands each record to {@code consumer} as it is read, holding one record in memory at a time. */
    public static void forEach(InputStream in, String file, java.util.function.Consumer<Row> consumer) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                int start = lineNumber;
                if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                List<String> fields = new ArrayList<>();
                StringBuilder field = new StringBuilder();
                boolean quoted = false;
                while (true) {
                    for (int i = 0; i < line.length(); i++) {
                        char c = line.charAt(i);
                        if (quoted) {
                            if (c == '"') {
                                if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                                    field.append('"');
                                    i++;
                                } else {
                                    quoted = false;
                                }
                            } else {
                                field.append(c);
                            }
                        } else if (c == '"') {
                            quoted = true;
                        } else if (c == ',') {
                            fields.add(field.toString());
                            field.setLength(0);
                        } else {
                            field.append(c);
                        }
                    }
                    if (!quoted) {
                        break;
                    }
                    String next = reader.readLine();
                    if (next == null) {
                        throw new InvalidInputException(file + ", dòng " + start, "\"", "Dấu ngoặc kép không được đóng");
                    }
                    lineNumber++;
                    field.append('\n');
                    line = next;
                }
                fields.add(field.toString());
                consumer.accept(new Row(start, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

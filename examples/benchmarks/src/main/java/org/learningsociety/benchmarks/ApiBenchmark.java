package org.learningsociety.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.learningsociety.core.persistence.MyBatisPersistence;

/**
 * B6: one village of {@value #HOUSEHOLDS} households through HTTP on a running host, each phase
 * (subjects, registrations, self-assessments, verifications) as one request of the village's list —
 * as JSON, and as the pre-filled workbook an officer fills — against the same rows one request each,
 * in the same run (each on a village of its own; a warm-up village first, untimed). And the API
 * import: a province's file through {@code POST /imports}, its job polled until done, beside B1's
 * rate on the same kind of database.
 */
final class ApiBenchmark {

    static final int HOUSEHOLDS = Integer.getInteger("households", 333);
    static final int YEAR = 2026;
    static final String COMMUNE = "10507";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> PHASES = List.of("subjects", "registrations", "self-assessments", "verifications");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;
    private final String authorization;
    private JsonNode criteria;

    private ApiBenchmark(String api) {
        this.api = api;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((ApiHost.USER + ":" + ApiHost.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    static void runVillage(BenchmarkDatabase database) {
        try (ApiHost.Running host = ApiHost.start(database.dataSource(), "b6", true)) {
            ApiBenchmark b6 = new ApiBenchmark(host.url());
            b6.criteria = b6.getJson("/criteria-sets?model=FAMILY&year=" + YEAR);
            b6.bulkJson(b6.village(90));
            b6.bulkXlsx(b6.village(91));
            b6.oneByOne(b6.village(92), 30);
            System.out.println("warm-up done (one village each way, untimed)");

            Map<String, Long> json = b6.bulkJson(b6.village(1));
            Map<String, Long> xlsx = b6.bulkXlsx(b6.village(2));
            Map<String, Long> single = b6.oneByOne(b6.village(3), HOUSEHOLDS);
            System.out.printf(Locale.ROOT, "B6 one village of %d households, %s, ms per phase:%n", HOUSEHOLDS,
                    database.kind());
            System.out.printf(Locale.ROOT, "%-17s %10s %10s %12s %9s %9s%n", "phase", "bulk JSON", "bulk xlsx",
                    "one by one", "JSON ×", "xlsx ×");
            boolean met = true;
            for (String phase : PHASES) {
                double jsonMs = json.get(phase) / 1e6;
                double xlsxMs = xlsx.get(phase) / 1e6;
                double singleMs = single.get(phase) / 1e6;
                System.out.printf(Locale.ROOT, "%-17s %10.0f %10.0f %12.0f %8.1fx %8.1fx%n", phase, jsonMs, xlsxMs,
                        singleMs, singleMs / jsonMs, singleMs / xlsxMs);
                met &= jsonMs <= 1000 && xlsxMs <= 1000 && singleMs / jsonMs >= 20 && singleMs / xlsxMs >= 20;
            }
            System.out.println("goal (each bulk request <= 1 s and >= 20x one by one): " + (met ? "met" : "NOT met"));
        }
    }

    static void runImport(BenchmarkDatabase database) {
        MyBatisPersistence persistence = MyBatisPersistence.create(database.dataSource());
        persistence.migrate();
        List<String> villages = ProvinceFixture.addUnits(persistence);
        Path csv = ProvinceFixture.householdsCsv(ImportBenchmark.HOUSEHOLDS, villages);
        // the fixture's province and its 3,000 villages, not Hải Phòng's reference units
        try (ApiHost.Running host = ApiHost.start(database.dataSource(), "b1-api", false)) {
            ApiBenchmark client = new ApiBenchmark(host.url());
            String province = "31";
            long start = System.nanoTime();
            HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(URI.create(host.url() + "/imports?unit="
                    + province + "&model=FAMILY&fileName=" + csv.getFileName()))
                    .header("Content-Type", "text/csv; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofFile(csv)), 202);
            double acceptedIn = (System.nanoTime() - start) / 1e9;
            String location = accepted.headers().firstValue("Location").orElseThrow();
            JsonNode job;
            do {
                sleep(500);
                job = client.getJson(location.substring(location.indexOf("/imports")));
            } while (!List.of("DONE", "REFUSED", "FAILED").contains(job.get("status").asText()));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!job.get("status").asText().equals("DONE")) {
                throw new IllegalStateException("the import ended " + job);
            }
            long rows = job.get("rowsImported").asLong();
            System.out.printf(Locale.ROOT, "API import: %,d households in %,d villages: file taken in %.2f s (202), "
                    + "job done in %.2f s = %,.0f rows/s%n", rows, villages.size(), acceptedIn, seconds, rows / seconds);
            System.out.println("compare with B1's rows/s on the same database (b1-import); goal >= 50 %");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new village of the commune, valid from the start of the year; its code. */
    private String village(int n) {
        String code = COMMUNE + "-B6-" + n + "-" + System.nanoTime() % 100_000;
        ObjectNode body = JSON.createObjectNode().put("code", code).put("name", "Tổ dân phố đo B6 số " + n)
                .put("level", "VILLAGE").put("parentCode", COMMUNE).put("validFrom", YEAR + "-01-01");
        send(jsonRequest("/units", "POST", body), 201);
        return code;
    }

    private Map<String, Long> bulkJson(String village) {
        Map<String, Long> took = new LinkedHashMap<>();
        String base = "/villages/" + village;
        ObjectNode subjects = JSON.createObjectNode().put("model", "FAMILY");
        ArrayNode list = subjects.putArray("subjects");
        ObjectNode roll = JSON.createObjectNode();
        ArrayNode ids = roll.putArray("externalIds");
        ObjectNode self = JSON.createObjectNode();
        ArrayNode selfRows = self.putArray("assessments");
        ObjectNode verified = JSON.createObjectNode();
        ArrayNode verifiedRows = verified.putArray("assessments");
        for (int n = 0; n < HOUSEHOLDS; n++) {
            String id = village + "-H" + n;
            list.addObject().put("externalId", id).put("name", "Hộ gia đình số " + n + " " + village);
            ids.add(id);
            selfRows.add(assessment(id, n, true));
            verifiedRows.add(assessment(id, n, false));
        }
        took.put("subjects", timed(() -> send(jsonRequest(base + "/subjects", "POST", subjects), 200)));
        took.put("registrations", timed(() -> send(jsonRequest(base + "/registrations?year=" + YEAR + "&model=FAMILY",
                "POST", roll), 200)));
        took.put("self-assessments", timed(() -> send(jsonRequest(base + "/self-assessments?year=" + YEAR
                + "&model=FAMILY", "PUT", self), 200)));
        took.put("verifications", timed(() -> send(jsonRequest(base + "/verifications?year=" + YEAR
                + "&model=FAMILY", "PUT", verified), 200)));
        return took;
    }

    /**
     * Each phase as an officer does it: downloads the village's workbook, fills it, sends it back.
     * Only the sending is timed.
     */
    private Map<String, Long> bulkXlsx(String village) {
        Map<String, Long> took = new LinkedHashMap<>();
        String base = "/villages/" + village;
        byte[] subjects = filled(getBytes(base + "/subjects?model=FAMILY"), (sheet, columns) -> {
            for (int n = 0; n < HOUSEHOLDS; n++) {
                Row row = row(sheet, n + 1);
                row.createCell(columns.get("external_id")).setCellValue(village + "-H" + n);
                row.createCell(columns.get("name")).setCellValue("Hộ gia đình số " + n + " " + village);
            }
        });
        took.put("subjects", timed(() -> send(xlsxRequest(base + "/subjects?model=FAMILY", "POST", subjects), 200)));
        byte[] roll = getBytes(base + "/registrations?year=" + YEAR + "&model=FAMILY");
        took.put("registrations", timed(() -> send(xlsxRequest(base + "/registrations?year=" + YEAR + "&model=FAMILY",
                "POST", roll), 200)));
        for (String phase : List.of("self-assessments", "verifications")) {
            String path = base + "/" + phase + "?year=" + YEAR + "&model=FAMILY";
            byte[] sheet = filled(getBytes(path), (s, columns) -> {
                for (int r = 1; r <= HOUSEHOLDS; r++) {
                    Row row = row(s, r);
                    String id = row.getCell(columns.get("external_id")).getStringCellValue();
                    int n = Integer.parseInt(id.substring(id.lastIndexOf("-H") + 2));
                    for (JsonNode indicator : indicators()) {
                        String code = indicator.get("code").asText();
                        row.createCell(columns.get(code)).setCellValue(points(indicator, n,
                                phase.equals("self-assessments")));
                        if (phase.equals("self-assessments") && indicator.get("evidenceRequired").asBoolean()) {
                            row.createCell(columns.get("evidence:" + code)).setCellValue("minh-chung/" + code + ".pdf");
                        }
                    }
                }
            });
            took.put(phase, timed(() -> send(xlsxRequest(path, "PUT", sheet), 200)));
        }
        return took;
    }

    /** The same village's rows, one request each (for {@code count} households). */
    private Map<String, Long> oneByOne(String village, int count) {
        Map<String, Long> took = new LinkedHashMap<>();
        long[] subjectIds = new long[count];
        long[] registrationIds = new long[count];
        took.put("subjects", timed(() -> {
            for (int n = 0; n < count; n++) {
                ObjectNode body = JSON.createObjectNode().put("model", "FAMILY").put("unitCode", village)
                        .put("name", "Hộ gia đình số " + n + " " + village).put("externalId", village + "-H" + n);
                subjectIds[n] = read(send(jsonRequest("/subjects", "POST", body), 201)).get("id").asLong();
            }
        }));
        took.put("registrations", timed(() -> {
            for (int n = 0; n < count; n++) {
                ObjectNode body = JSON.createObjectNode().put("subjectId", subjectIds[n]).put("year", YEAR);
                registrationIds[n] = read(send(jsonRequest("/registrations", "POST", body), 201)).get("id").asLong();
            }
        }));
        took.put("self-assessments", timed(() -> {
            for (int n = 0; n < count; n++) {
                send(jsonRequest("/registrations/" + registrationIds[n] + "/self-assessment", "PUT",
                        assessment(null, n, true)), 200);
            }
        }));
        took.put("verifications", timed(() -> {
            for (int n = 0; n < count; n++) {
                send(jsonRequest("/registrations/" + registrationIds[n] + "/verification", "PUT",
                        assessment(null, n, false)), 200);
            }
        }));
        return took;
    }

    /** Household {@code n}'s scores on every indicator (and evidence where required, when self-assessing). */
    private ObjectNode assessment(String externalId, int n, boolean self) {
        ObjectNode row = JSON.createObjectNode();
        if (externalId != null) {
            row.put("externalId", externalId);
        }
        ArrayNode scores = row.putArray("scores");
        ArrayNode evidence = row.putArray("evidence");
        for (JsonNode indicator : indicators()) {
            String code = indicator.get("code").asText();
            scores.addObject().put("indicator", code).put("points", points(indicator, n, self));
            if (indicator.get("evidenceRequired").asBoolean()) {
                evidence.addObject().put("indicator", code).put("reference", "minh-chung/" + code + ".pdf")
                        .put("title", "Minh chứng " + code);
            }
        }
        if (!self) {
            row.remove("evidence");
            row.put("note", n % 10 == 1 ? "Minh chứng chưa đủ" : "Đủ minh chứng");
        }
        return row;
    }

    /** Full marks, less one point for every fourth household, and one more when verified for every tenth. */
    private static int points(JsonNode indicator, int n, boolean self) {
        int max = indicator.get("maxPoints").asInt();
        int points = n % 4 == 0 ? max - 1 : max;
        return Math.max(0, !self && n % 10 == 1 ? points - 1 : points);
    }

    private List<JsonNode> indicators() {
        List<JsonNode> all = new ArrayList<>();
        criteria.get("criteria").forEach(criterion -> criterion.get("indicators").forEach(all::add));
        return all;
    }

    private interface SheetFill {
        void fill(Sheet sheet, Map<String, Integer> columns);
    }

    /** The workbook with {@code fill} applied to its sheet; columns by the key in each heading's parentheses. */
    private static byte[] filled(byte[] workbook, SheetFill fill) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (Cell cell : sheet.getRow(0)) {
                String heading = cell.getStringCellValue();
                int open = heading.lastIndexOf('(');
                columns.put(open < 0 ? heading : heading.substring(open + 1, heading.lastIndexOf(')')), cell.getColumnIndex());
            }
            fill.fill(sheet, columns);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    private HttpRequest.Builder jsonRequest(String path, String method, JsonNode body) {
        return HttpRequest.newBuilder(URI.create(api + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder xlsxRequest(String path, String method, byte[] body) {
        return HttpRequest.newBuilder(URI.create(api + path)).header("Content-Type", XLSX)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private JsonNode getJson(String path) {
        return read(send(HttpRequest.newBuilder(URI.create(api + path)).GET(), 200));
    }

    private byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(api + path))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int status) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", authorization)
                    .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != status) {
                throw new IllegalStateException(response.request().method() + " " + response.uri() + ": "
                        + response.statusCode() + " " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

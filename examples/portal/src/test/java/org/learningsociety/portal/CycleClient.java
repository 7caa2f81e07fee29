package org.learningsociety.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.learningsociety.test.criteria.HouseholdScores;

/**
 * Drives a commune's {@code annual-cycle} on a child portal over HTTP, as the administrator
 * {@code demo}: villages through the REST API, the campaign through the REST API, the officers'
 * tasks through Camunda's REST API ({@code /engine-rest}), the households' records a village at a
 * time through the API's village lists ({@code /villages/{code}/…}), as a portal's bulk screens
 * would send them. Every call answers or throws: a node killed under a call makes it throw
 * {@link IOException} (unchecked).
 */
final class CycleClient {

    static final String COMMUNE = "10507";
    static final String API = "/api/learning-society/v1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final PortalJvm node;
    private final int year;
    private final String commune;

    CycleClient(PortalJvm node, int year) {
        this(node, year, COMMUNE);
    }

    /** A client of the cycle of {@code commune} (its test villages {@code <commune>-R01} …). */
    CycleClient(PortalJvm node, int year, String commune) {
        this.node = node;
        this.year = year;
        this.commune = commune;
    }

    PortalJvm node() {
        return node;
    }

    String businessKey() {
        return "FAMILY:" + year + ":" + commune;
    }

    static String village(int v) {
        return village(COMMUNE, v);
    }

    static String village(String commune, int v) {
        return String.format("%s-R%02d", commune, v);
    }

    void addVillage(int v) {
        ObjectNode body = JSON.createObjectNode().put("code", village(commune, v)).put("name", "Tổ dân phố thử nghiệm " + v)
                .put("level", "VILLAGE").put("parentCode", commune).put("validFrom", "2026-01-01");
        expect(post(API + "/units", body), 201);
    }

    /** Adds households {@code first} … {@code first + count - 1} to village {@code v}, in one request. */
    void addHouseholds(int v, int first, int count) {
        ObjectNode body = JSON.createObjectNode().put("model", "FAMILY");
        ArrayNode subjects = body.putArray("subjects");
        for (int n = first; n < first + count; n++) {
            subjects.addObject().put("externalId", ReliabilityCycle.externalId(n)).put("name", "Hộ gia đình số " + n);
        }
        expect(post(API + "/villages/" + village(commune, v) + "/subjects", body), 200);
    }

    void startCampaign() {
        ObjectNode body = JSON.createObjectNode().put("unitCode", commune).put("year", year).put("model", "FAMILY");
        expect(post(API + "/campaigns", body), 201);
    }

    /**
     * Registers households {@code first} … of village {@code v} through its roll, all or nothing: the
     * rows' outcomes, CREATED or UNCHANGED (registered already, as when a list is sent again).
     */
    Set<String> register(int v, int first, int count) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode ids = body.putArray("externalIds");
        for (int n = first; n < first + count; n++) {
            ids.add(ReliabilityCycle.externalId(n));
        }
        HttpResponse<String> response = post(API + "/villages/" + village(commune, v) + "/registrations?year=" + year
                + "&model=FAMILY", body);
        expect(response, 200);
        return outcomes(response, count);
    }

    /** Village {@code v}'s households send their self-assessments ({@link HouseholdScores#selfPoints}), in one request. */
    void selfAssess(int v, int first, int count) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode assessments = body.putArray("assessments");
        for (int n = first; n < first + count; n++) {
            ObjectNode row = assessments.addObject().put("externalId", ReliabilityCycle.externalId(n));
            scores(row, HouseholdScores.selfPoints(n));
            ArrayNode evidence = row.putArray("evidence");
            HouseholdScores.evidence().forEach(e -> evidence.addObject().put("indicator", e.indicator())
                    .put("reference", e.reference()).put("title", e.title()));
        }
        expect(put(API + "/villages/" + village(commune, v) + "/self-assessments?year=" + year + "&model=FAMILY", body), 200);
    }

    /** The association verifies village {@code v}'s households ({@link HouseholdScores#verifiedPoints}), in one request. */
    void verify(int v, int first, int count) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode assessments = body.putArray("assessments");
        for (int n = first; n < first + count; n++) {
            ObjectNode row = assessments.addObject().put("externalId", ReliabilityCycle.externalId(n));
            scores(row, HouseholdScores.verifiedPoints(n));
            if (HouseholdScores.verifiedPoints(n) != HouseholdScores.selfPoints(n)) {
                row.put("note", "Minh chứng chưa đủ");
            }
        }
        expect(put(API + "/villages/" + village(commune, v) + "/verifications?year=" + year + "&model=FAMILY", body), 200);
    }

    private static void scores(ObjectNode row, int points) {
        ArrayNode scores = row.putArray("scores");
        HouseholdScores.indicators().forEach(i -> scores.addObject().put("indicator", i).put("points", points));
    }

    /** The distinct outcomes of a village list's answer, which must name every row sent. */
    private static Set<String> outcomes(HttpResponse<String> response, int rows) {
        try {
            JsonNode answer = JSON.readTree(response.body()).get("rows");
            if (answer.size() != rows) {
                throw new AssertionError(rows + " rows sent, " + answer.size() + " answered: " + response.body());
            }
            Set<String> outcomes = new TreeSet<>();
            answer.forEach(row -> outcomes.add(row.get("outcome").asText()));
            return outcomes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The commune's attainment report: registered and recognised, with its villages as children. */
    JsonNode attainment() {
        return get(API + "/reports/attainment?unit=" + commune + "&year=" + year + "&model=FAMILY");
    }

    /** Registered households by village code, from the attainment report. */
    Map<String, Long> registeredByVillage() {
        Map<String, Long> counts = new LinkedHashMap<>();
        attainment().get("children").forEach(child -> counts.put(child.get("unit").asText(),
                child.get("registered").asLong()));
        return counts;
    }

    /** The open tasks of the cycle at {@code taskDefinitionKey} (the called processes share its business key). */
    List<String> openTasks(String taskDefinitionKey) {
        List<String> ids = new ArrayList<>();
        get("/engine-rest/task?processInstanceBusinessKey=" + encode(businessKey()) + "&taskDefinitionKey="
                + taskDefinitionKey).forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    /** Waits until {@code count} tasks are open at {@code taskDefinitionKey} (a job of the executor before them). */
    List<String> awaitTasks(String taskDefinitionKey, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> open = openTasks(taskDefinitionKey);
        while (open.size() < count && System.nanoTime() < deadline) {
            PortalJvm.sleep(250);
            open = openTasks(taskDefinitionKey);
        }
        if (open.size() != count) {
            throw new AssertionError(count + " tasks " + taskDefinitionKey + " expected on " + node.name()
                    + ", found " + open.size() + "; incidents: " + get("/engine-rest/incident") + "\n" + node.tail());
        }
        return open;
    }

    void complete(String taskId, Map<String, String> variables) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode values = body.putObject("variables");
        variables.forEach((name, value) -> values.putObject(name).put("value", value).put("type", "String"));
        expect(post("/engine-rest/task/" + taskId + "/complete", body), 204);
    }

    long count(String engineRestPath) {
        return get(engineRestPath).get("count").asLong();
    }

    JsonNode get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(node.url(path))).GET());
        expect(response, 200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> post(String path, JsonNode body) {
        return send(HttpRequest.newBuilder(URI.create(node.url(path))).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> put(String path, JsonNode body) {
        return send(HttpRequest.newBuilder(URI.create(node.url(path))).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.header("Authorization", PortalJvm.basic("demo", "demo"))
                    .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.uri() + " on " + node.name()
                    + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

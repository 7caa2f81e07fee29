package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.problem.ProblemType;
import org.learningsociety.workflow.security.PermissionMatrix;
import org.learningsociety.workflow.security.PermissionRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The permission matrix walked over every endpoint the API maps (read from Spring MVC's handler
 * mappings, so a new endpoint without a case here, or a handler method without its
 * {@link LibraryAction}, fails the test) × every role of the matrix: the commune's association and
 * People's Committee, the province's emulation board, an administrator, the portal's service account;
 * each is refused for permission ({@code action-forbidden}) exactly where the matrix does not grant the
 * endpoint's action. An officer of another commune is refused (403) everything about Thành Đông.
 * Reference data that belongs to no unit (criteria sets, a plan's timeline, the plans themselves) is
 * open to every role that may read.
 */
class EveryEndpointEveryRoleTest extends ApiContextTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** An endpoint's request about Thành Đông, and whether it belongs to a unit at all. */
    private record Case(MockHttpServletRequestBuilder request, boolean unitScoped) {
    }

    /** A caller of the walk: how it logs in, and its role in the matrix (the outsider's is its role elsewhere). */
    private record Caller(RequestPostProcessor login, PermissionRole role, boolean reachesThanhDong) {
    }

    @Autowired
    PermissionMatrix matrix;

    @Autowired
    org.learningsociety.core.decision.Decisions decisions;
    @Autowired
    org.learningsociety.core.unit.UnitDirectory units;
    @Autowired
    org.learningsociety.core.registration.Recognising recognising;
    @Autowired
    org.learningsociety.core.commendation.CommendationService commendations;
    @Autowired
    org.learningsociety.core.plantask.PlanTaskTracking planTasks;

    private Map<String, java.util.function.Supplier<Case>> cases(long subject, long registration, String village)
            throws Exception {
        long decision = decisionOfThanhDong();
        long recognised = registerFor(addHousehold(THANH_DONG), 2026);
        verifyWithFullMarks(recognised);
        long recognition = recognising.recognise(new org.learningsociety.core.decision.NewDecision(
                        "CN-" + UUID.randomUUID().toString().substring(0, 8), java.time.LocalDate.of(2026, 12, 10),
                        "Chủ tịch UBND phường", THANH_DONG), 2026, org.learningsociety.core.subject.LearningModel.FAMILY,
                java.util.List.of(new org.learningsociety.core.registration.RegistrationId(recognised)), Map.of())
                .id().value();
        // a household of the commune itself, verified: the commune's People's Committee recognises it (its set says)
        long toRecognise = registerFor(addHousehold(THANH_DONG), 2026);
        verifyWithFullMarks(toRecognise);
        long commendation = commendations.propose(java.util.List.of(
                        new org.learningsociety.core.registration.RegistrationId(recognised)),
                "GIAY_KHEN", "hk.thanhdong").get(0).id().value();
        // a year proposed at a review for the Prime Minister's Bằng khen, whose decision the portal records
        long exemplary = registerFor(addHousehold(THANH_DONG), 2026);
        verifyWithFullMarks(exemplary);
        recognising.recognise(new org.learningsociety.core.decision.NewDecision(
                        "CN-" + UUID.randomUUID().toString().substring(0, 8), java.time.LocalDate.of(2026, 12, 10),
                        "Chủ tịch UBND phường", THANH_DONG), 2026, org.learningsociety.core.subject.LearningModel.FAMILY,
                java.util.List.of(new org.learningsociety.core.registration.RegistrationId(exemplary)), Map.of());
        long proposedUpward = commendations.proposeAtReview(java.util.List.of(
                        new org.learningsociety.core.registration.RegistrationId(exemplary)),
                "BANG_KHEN_PRIME_MINISTER", "hk.thanhdong").get(0).id().value();
        byte[] emptyImport = "external_id,name,unit_code\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String importJob = mvc.perform(post(API + "/imports").param("unit", THANH_DONG).param("model", "FAMILY")
                .with(admin()).contentType("text/csv").content(emptyImport)).andReturn().getResponse().getHeader("Location");
        String assessment = fullMarks("FAMILY", 2026);
        long citizen = addSubject(THANH_DONG, "CITIZEN", "Nguyễn Văn Thử", "CD-" + UUID.randomUUID());
        Map<String, java.util.function.Supplier<Case>> cases = new LinkedHashMap<>();
        cases.put("GET /units/{code}", () -> new Case(request(HttpMethod.GET, API + "/units/" + THANH_DONG), true));
        cases.put("GET /units/{code}/successors",
                () -> new Case(request(HttpMethod.GET, API + "/units/" + THANH_DONG + "/successors"), true));
        cases.put("POST /units", () -> new Case(json(HttpMethod.POST, API + "/units", Map.of("code",
                "1050799" + (int) (Math.random() * 9), "name", "Tổ dân phố thử", "level", "VILLAGE", "parentCode",
                THANH_DONG, "validFrom", "2026-01-01")), true));
        cases.put("GET /targets", () -> new Case(request(HttpMethod.GET, API + "/targets").param("unit", THANH_DONG)
                .param("year", "2026").param("model", "FAMILY"), true));
        cases.put("GET /criteria-sets", () -> new Case(request(HttpMethod.GET, API + "/criteria-sets")
                .param("model", "FAMILY").param("year", "2026"), false));
        cases.put("POST /campaigns", () -> new Case(json(HttpMethod.POST, API + "/campaigns",
                Map.of("unitCode", THANH_DONG, "year", 2027, "model", "CLAN")), true));
        cases.put("GET /campaigns/{businessKey}", () -> new Case(request(HttpMethod.GET,
                API + "/campaigns/FAMILY:2026:" + THANH_DONG), true));
        cases.put("GET /campaigns/{businessKey}/recognition-annex.xlsx", () -> new Case(request(HttpMethod.GET,
                API + "/campaigns/FAMILY:2026:" + THANH_DONG + "/recognition-annex.xlsx"), true));
        cases.put("POST /subjects", () -> new Case(json(HttpMethod.POST, API + "/subjects", Map.of("model", "FAMILY",
                "unitCode", THANH_DONG, "name", "Hộ thử", "externalId", "HGD-" + UUID.randomUUID())), true));
        cases.put("GET /subjects/{id}", () -> new Case(request(HttpMethod.GET, API + "/subjects/" + subject), true));
        cases.put("PUT /subjects/{id}/members", () -> new Case(json(HttpMethod.PUT, API + "/subjects/" + subject
                + "/members", Map.of("members", List.of(Map.of("citizenId", citizen, "role", "WORKER")))), true));
        cases.put("GET /subjects/{id}/members",
                () -> new Case(request(HttpMethod.GET, API + "/subjects/" + subject + "/members"), true));
        cases.put("POST /registrations", () -> new Case(json(HttpMethod.POST, API + "/registrations",
                Map.of("subjectId", subject, "year", 2026)), true));
        cases.put("GET /registrations/{id}",
                () -> new Case(request(HttpMethod.GET, API + "/registrations/" + registration), true));
        cases.put("PUT /registrations/{id}/self-assessment", () -> new Case(request(HttpMethod.PUT,
                API + "/registrations/" + registration + "/self-assessment").contentType(MediaType.APPLICATION_JSON)
                .content(assessment), true));
        cases.put("PUT /registrations/{id}/verification", () -> new Case(request(HttpMethod.PUT,
                API + "/registrations/" + registration + "/verification").contentType(MediaType.APPLICATION_JSON)
                .content(assessment), true));
        cases.put("GET /registrations/{id}/history",
                () -> new Case(request(HttpMethod.GET, API + "/registrations/" + registration + "/history"), true));
        cases.put("GET /registrations/{id}/history.csv",
                () -> new Case(request(HttpMethod.GET, API + "/registrations/" + registration + "/history.csv"), true));
        cases.put("POST /registrations/{id}/evidence", () -> new Case(multipart(API + "/registrations/" + registration
                + "/evidence").file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", pdf()))
                .param("indicator", "1.1").param("title", "Biên bản họp gia đình"), true));
        cases.put("GET /subjects/{id}/personal-data",
                () -> new Case(request(HttpMethod.GET, API + "/subjects/" + subject + "/personal-data"), true));
        // each role erases a household of its own, so that the other cases keep theirs
        cases.put("POST /subjects/{id}/erasure", () -> new Case(json(HttpMethod.POST, API + "/subjects/"
                + unchecked(() -> addHousehold(THANH_DONG)) + "/erasure", Map.of("request", "YC-2026-001")), true));
        cases.put("GET /reports/attainment", () -> new Case(request(HttpMethod.GET, API + "/reports/attainment")
                .param("unit", THANH_DONG).param("year", "2026").param("model", "FAMILY"), true));
        cases.put("GET /reports/status", () -> new Case(request(HttpMethod.GET, API + "/reports/status")
                .param("unit", THANH_DONG).param("period", "2026"), true));
        cases.put("POST /reports/rounds", () -> new Case(json(HttpMethod.POST, API + "/reports/rounds",
                Map.of("unitCode", THANH_DONG, "period", "2027")), true));
        cases.put("GET /reports/indicators", () -> new Case(request(HttpMethod.GET, API + "/reports/indicators")
                .param("unit", THANH_DONG).param("year", "2026"), true));
        cases.put("GET /reports/indicators.xlsx", () -> new Case(request(HttpMethod.GET,
                API + "/reports/indicators.xlsx").param("unit", THANH_DONG).param("period", "2021-2025"), true));
        cases.put("GET /reports/{unit}/{period}", () -> new Case(request(HttpMethod.GET,
                API + "/reports/" + THANH_DONG + "/2026"), true));
        cases.put("GET /reports/{unit}/{period}.xlsx", () -> new Case(request(HttpMethod.GET,
                API + "/reports/" + THANH_DONG + "/2026.xlsx"), true));
        cases.put("GET /registrations/{id}/certificate.pdf", () -> new Case(request(HttpMethod.GET,
                API + "/registrations/" + registration + "/certificate.pdf"), true));
        cases.put("GET /units/{code}/children",
                () -> new Case(request(HttpMethod.GET, API + "/units/" + THANH_DONG + "/children"), true));
        cases.put("GET /subjects", () -> new Case(request(HttpMethod.GET, API + "/subjects").param("unit", THANH_DONG)
                .param("size", "5"), true));
        cases.put("GET /registrations", () -> new Case(request(HttpMethod.GET, API + "/registrations")
                .param("unit", THANH_DONG).param("year", "2026").param("size", "5"), true));
        cases.put("GET /decisions", () -> new Case(request(HttpMethod.GET, API + "/decisions")
                .param("unit", THANH_DONG), true));
        cases.put("GET /decisions/{id}", () -> new Case(request(HttpMethod.GET, API + "/decisions/" + decision), true));
        cases.put("GET /commendations", () -> new Case(request(HttpMethod.GET, API + "/commendations")
                .param("unit", THANH_DONG), true));
        cases.put("GET /campaigns", () -> new Case(request(HttpMethod.GET, API + "/campaigns")
                .param("unit", THANH_DONG).param("year", "2026"), true));
        cases.put("POST /registrations/{id}/recognition", () -> new Case(json(HttpMethod.POST, API + "/registrations/"
                + toRecognise + "/recognition", Map.of("number", "CN-" + UUID.randomUUID().toString().substring(0, 8),
                "date", "2026-12-10", "signer", "Chủ tịch UBND phường", "issuingUnitCode", THANH_DONG)), true));
        cases.put("POST /registrations/{id}/revocation", () -> new Case(json(HttpMethod.POST, API + "/registrations/"
                + recognised + "/revocation", Map.of("reason", "Khai không đúng")), true));
        cases.put("GET /registrations/{id}/evidence/{name}", () -> new Case(request(HttpMethod.GET,
                API + "/registrations/" + registration + "/evidence/khong-co.pdf"), true));
        cases.put("PUT /subjects/{id}/unit", () -> new Case(json(HttpMethod.PUT, API + "/subjects/" + subject + "/unit",
                Map.of("unitCode", THANH_DONG)), true));
        cases.put("POST /commendations", () -> new Case(json(HttpMethod.POST, API + "/commendations",
                Map.of("registrationIds", java.util.List.of(recognised), "form", "GIAY_KHEN")), true));
        cases.put("POST /commendations/higher-decisions", () -> new Case(json(HttpMethod.POST, API
                + "/commendations/higher-decisions", Map.of("commendationIds", java.util.List.of(proposedUpward),
                "form", "BANG_KHEN_PRIME_MINISTER", "year", 2026, "model", "FAMILY", "granted", true,
                "number", "TTg-" + UUID.randomUUID().toString().substring(0, 8), "date", "2027-03-02",
                "signer", "Thủ tướng Chính phủ")), true));
        cases.put("GET /commendations/{id}",
                () -> new Case(request(HttpMethod.GET, API + "/commendations/" + commendation), true));
        cases.put("GET /commendations/{id}/dossier",
                () -> new Case(request(HttpMethod.GET, API + "/commendations/" + commendation + "/dossier"), true));
        cases.put("POST /commendations/{id}/refusal", () -> new Case(json(HttpMethod.POST, API + "/commendations/"
                + commendation + "/refusal", Map.of("reason", "Chưa tiêu biểu")), true));
        cases.put("POST /decisions", () -> new Case(json(HttpMethod.POST, API + "/decisions", Map.of("kind",
                "COMMENDATION", "number", "KT-" + UUID.randomUUID().toString().substring(0, 8), "date", "2026-12-20",
                "signer", "Chủ tịch UBND phường", "issuingUnitCode", THANH_DONG, "year", 2026, "form", "GIAY_KHEN",
                "approved", java.util.List.of(commendation))), true));
        cases.put("GET /decisions/{id}/annex.xlsx",
                () -> new Case(request(HttpMethod.GET, API + "/decisions/" + recognition + "/annex.xlsx"), true));
        cases.put("GET /decisions/{id}/annex.pdf",
                () -> new Case(request(HttpMethod.GET, API + "/decisions/" + recognition + "/annex.pdf"), true));
        cases.put("POST /imports", () -> new Case(request(HttpMethod.POST, API + "/imports").param("unit", THANH_DONG)
                .param("model", "FAMILY").contentType("text/csv").content(emptyImport), true));
        cases.put("GET /imports/{id}", () -> new Case(request(HttpMethod.GET, importJob), true));
        // a village's lists: each role sends a household of its own and empty rolls and assessments
        String villages = API + "/villages/" + village;
        cases.put("POST /villages/{code}/subjects", () -> new Case(json(HttpMethod.POST, villages + "/subjects",
                Map.of("model", "FAMILY", "subjects", List.of(Map.of("externalId", "HGD-" + UUID.randomUUID(),
                        "name", "Hộ thử")))), true));
        cases.put("POST /villages/{code}/registrations", () -> new Case(json(HttpMethod.POST, villages
                + "/registrations?year=2026&model=FAMILY", Map.of("externalIds", List.of())), true));
        cases.put("PUT /villages/{code}/self-assessments", () -> new Case(json(HttpMethod.PUT, villages
                + "/self-assessments?year=2026&model=FAMILY", Map.of("assessments", List.of())), true));
        cases.put("PUT /villages/{code}/verifications", () -> new Case(json(HttpMethod.PUT, villages
                + "/verifications?year=2026&model=FAMILY", Map.of("assessments", List.of())), true));
        for (String list : List.of("subjects", "registrations", "self-assessments", "verifications")) {
            cases.put("GET /villages/{code}/" + list, () -> new Case(request(HttpMethod.GET, villages + "/" + list)
                    .param("year", "2026").param("model", "FAMILY"), true));
        }
        // each role enters what is stored already: the same answer, a 200 that changes nothing after the first
        cases.put("PUT /indicator-values", () -> new Case(json(HttpMethod.PUT, API + "/indicator-values",
                Map.of("unitCode", THANH_DONG, "year", 2026, "indicator", "COMMUNE_ASSOCIATION_CHAIR_MANAGES_CLC",
                        "value", true)), true));
        cases.put("GET /indicator-values", () -> new Case(request(HttpMethod.GET, API + "/indicator-values")
                .param("unit", THANH_DONG).param("year", "2026"), true));
        cases.put("GET /indicator-values/history", () -> new Case(request(HttpMethod.GET,
                API + "/indicator-values/history").param("unit", THANH_DONG).param("year", "2026")
                .param("indicator", "COMMUNE_ASSOCIATION_CHAIR_MANAGES_CLC"), true));
        // Hải Phòng's plan gives the commune no task: its association's task is the city's (31), which the
        // commune's officers do not reach and the city's board is not the body of (403 out-of-scope)
        long cityTask = planTasks.of("31", 2026).lines().stream()
                .filter(l -> l.body().kind() == org.learningsociety.core.unit.BodyKind.ASSOCIATION)
                .findFirst().orElseThrow().item().id();
        cases.put("GET /plan-tasks", () -> new Case(request(HttpMethod.GET, API + "/plan-tasks")
                .param("unit", THANH_DONG).param("year", "2026"), true));
        cases.put("PUT /plan-tasks/{id}/status", () -> new Case(json(HttpMethod.PUT, API + "/plan-tasks/" + cityTask
                + "/status", Map.of("status", "IN_PROGRESS", "note", "Đang kiểm tra các địa phương")), true));
        // officers: the commune's officer reads their own roles; who gives roles is the matrix's (the board, administrators)
        cases.put("GET /officers/{userId}", () -> new Case(request(HttpMethod.GET, API + "/officers/hk.thanhdong"),
                true));
        cases.put("PUT /officers/{userId}/roles/{role}/{unitCode}", () -> new Case(request(HttpMethod.PUT,
                API + "/officers/hk.thanhdong/roles/hoi-khuyen-hoc/" + THANH_DONG), true));
        cases.put("DELETE /officers/{userId}/roles/{role}/{unitCode}", () -> new Case(request(HttpMethod.DELETE,
                API + "/officers/hk.thanhdong/roles/ubnd/" + THANH_DONG), true));
        cases.put("POST /officers/successions", () -> new Case(json(HttpMethod.POST, API + "/officers/successions",
                Map.of("pastUnitCode", "10510")), true));
        cases.put("GET /timelines", () -> new Case(request(HttpMethod.GET, API + "/timelines").param("year", "2026")
                .param("plan", "hai-phong-46-kh-ubnd-2022"), false));
        // Hải Phòng's plan: each role that may sends the shipped text again, which changes nothing (200)
        cases.put("POST /plans", () -> new Case(request(HttpMethod.POST, API + "/plans").contentType("application/yaml")
                .content(PlansOverTheApiTest.shipped().getBytes(java.nio.charset.StandardCharsets.UTF_8)), true));
        cases.put("GET /plans/{id}", () -> new Case(request(HttpMethod.GET, API + "/plans/hai-phong-46-kh-ubnd-2022"),
                false));
        cases.put("GET /plans/{id}/versions", () -> new Case(request(HttpMethod.GET,
                API + "/plans/hai-phong-46-kh-ubnd-2022/versions"), false));
        return cases;
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T unchecked(Call<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MockHttpServletRequestBuilder json(HttpMethod method, String path, Map<String, ?> body) {
        try {
            return request(method, path).contentType(MediaType.APPLICATION_JSON).content(body(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every endpoint under the API's base path, as "METHOD /path" with the base path cut off. */
    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith(API)) {
                    info.getMethodsCondition().getMethods().forEach(m ->
                            endpoints.add(m.name() + " " + pattern.substring(API.length())));
                }
            }
        });
        return endpoints;
    }

    /** Every handler method of the library's controllers the API maps, by "METHOD /path". */
    private Map<String, java.lang.reflect.Method> handlerMethods() {
        Map<String, java.lang.reflect.Method> handlers = new java.util.TreeMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith(API)) {
                    info.getMethodsCondition().getMethods().forEach(m ->
                            handlers.put(m.name() + " " + pattern.substring(API.length()), method.getMethod()));
                }
            }
        });
        return handlers;
    }

    @Test
    void everyHandlerMethodOfTheApiNamesItsAction() {
        Map<String, java.lang.reflect.Method> handlers = handlerMethods();
        assertThat(handlers).isNotEmpty();
        List<String> without = handlers.entrySet().stream()
                .filter(handler -> LibraryActions.of(handler.getValue()).isEmpty())
                .map(handler -> handler.getKey() + " (" + handler.getValue().getDeclaringClass().getSimpleName() + "."
                        + handler.getValue().getName() + ")").toList();
        assertThat(without).as("handler methods without @LibraryAction").isEmpty();
        // every controller class's mapped methods, found by reflection, are among them
        mappings.getHandlerMethods().values().stream().map(m -> m.getBeanType()).distinct()
                .filter(type -> type.getPackageName().startsWith(LearningSocietyApi.class.getPackageName()))
                .flatMap(type -> java.util.Arrays.stream(type.getMethods()))
                .filter(m -> org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(m,
                        org.springframework.web.bind.annotation.RequestMapping.class))
                .forEach(m -> assertThat(LibraryActions.of(m)).as(m.toString()).isPresent());
    }

    /** docs/api.md's table: each endpoint the API maps, its action as the handler names it, the roles the default grants. */
    @Test
    void theApiPageListsEveryEndpointWithItsActionAndRoles() throws Exception {
        Map<PermissionRole, String> names = Map.of(PermissionRole.ASSOCIATION, "association",
                PermissionRole.PEOPLES_COMMITTEE, "People's Committee", PermissionRole.EMULATION_BOARD, "emulation board",
                PermissionRole.ADMINISTRATOR, "administrator", PermissionRole.SERVICE_ACCOUNT, "service account");
        Map<String, String> documented = new java.util.TreeMap<>();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("^\\| `([A-Z]+ /[^`]*)` \\| `([a-z-]+)` \\| (.*) \\|$");
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("../docs/api.md"))) {
            var m = row.matcher(line);
            if (m.matches()) {
                documented.put(m.group(1), m.group(2) + " | " + m.group(3));
            }
        }
        PermissionMatrix defaults = PermissionMatrix.defaults();
        Map<String, String> inCode = new java.util.TreeMap<>();
        handlerMethods().forEach((endpoint, method) -> {
            Action action = LibraryActions.of(method).orElseThrow();
            inCode.put(endpoint, action.slug() + " | " + String.join(", ", defaults.rolesPermitting(action).stream()
                    .map(names::get).toList()));
        });
        assertThat(documented).isEqualTo(inCode);
    }

    /**
     * Every endpoint × every role: a role the matrix grants the endpoint's action is never refused for
     * permission (it may still be refused its data: 400, 404, 409), a role it does not grant is refused with
     * the {@code action-forbidden} problem; the officer of another commune is refused (403) all of Thành Đông.
     */
    @Test
    void everyEndpointAnswersEachRoleAsTheMatrixSays() throws Exception {
        user("dichvu.congthongtin", "portalservice");
        long subject = newHousehold();
        long registration = register(subject);
        Map<String, java.util.function.Supplier<Case>> cases = cases(subject, registration, newVillage());
        Map<String, java.lang.reflect.Method> handlers = handlerMethods();
        Set<String> mapped = mappedEndpoints();
        assertThat(mapped).as("every endpoint the API maps has a case here").isNotEmpty();
        assertThat(cases.keySet()).containsAll(mapped);

        Map<String, Caller> roles = new LinkedHashMap<>();
        roles.put("association of another commune", new Caller(haiDuong(), PermissionRole.ASSOCIATION, false));
        roles.put("association of the commune", new Caller(thanhDong(), PermissionRole.ASSOCIATION, true));
        roles.put("People's Committee of the commune", new Caller(ubndThanhDong(),
                PermissionRole.PEOPLES_COMMITTEE, true));
        roles.put("emulation board of the province", new Caller(province(), PermissionRole.EMULATION_BOARD, true));
        roles.put("administrator", new Caller(admin(), PermissionRole.ADMINISTRATOR, true));
        roles.put("portal's service account", new Caller(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                        "dichvu.congthongtin", "secret"), PermissionRole.SERVICE_ACCOUNT, true));
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> refusedForPermission = new java.util.TreeMap<>();
        int walked = 0;
        for (String endpoint : mapped) {
            Action action = LibraryActions.of(handlers.get(endpoint)).orElseThrow();
            for (var role : roles.entrySet()) {
                Case c = cases.get(endpoint).get();
                var answer = mvc.perform(c.request().with(role.getValue().login())).andReturn().getResponse();
                int status = answer.getStatus();
                walked++;
                boolean permitted = matrix.permits(role.getValue().role(), action);
                boolean forbiddenAction = status == 403 && json.readTree(answer.getContentAsString())
                        .path("type").asText().equals(ProblemType.ACTION_FORBIDDEN.uri().toString());
                String seen = endpoint + " (" + action.slug() + ") as " + role.getKey() + " → " + status;
                if (forbiddenAction) {
                    refusedForPermission.merge(role.getKey(), 1, Integer::sum);
                }
                if (permitted == forbiddenAction) {
                    wrong.add(seen + (permitted ? ", refused for an action the matrix grants" : ", not refused for an"
                            + " action the matrix does not grant"));
                }
                if (!role.getValue().reachesThanhDong() && c.unitScoped() && status != 403) {
                    wrong.add(seen + ", outside the officer's units");
                }
                if (!c.unitScoped() && permitted && status == 403) {
                    wrong.add(seen + ", 403 for data of no unit");
                }
                if (status == 401 || status >= 500) {
                    wrong.add(seen);
                }
            }
        }
        assertThat(walked).isEqualTo(mapped.size() * roles.size());
        assertThat(wrong).isEmpty();
        // the walk did refuse, for each role but the administrator, some action
        assertThat(refusedForPermission.keySet()).contains("association of the commune",
                "People's Committee of the commune", "emulation board of the province", "portal's service account");
    }

    @Test
    void noEndpointAnswersWithoutLogin() throws Exception {
        long subject = newHousehold();
        long registration = register(subject);
        for (var entry : cases(subject, registration, newVillage()).entrySet()) {
            int status = mvc.perform(entry.getValue().get().request()).andReturn().getResponse().getStatus();
            assertThat(status).as(entry.getKey()).isEqualTo(401);
        }
    }

    /** A recognition decision Thành Đông issued (recognising nobody yet): its id. */
    private long decisionOfThanhDong() {
        var decision = new org.learningsociety.core.decision.Decision(decisions.nextId(),
                org.learningsociety.core.decision.Decision.Kind.RECOGNITION, "Q-" + UUID.randomUUID().toString()
                .substring(0, 8), java.time.LocalDate.of(2026, 12, 10), "Chủ tịch UBND phường",
                units.unitOn(THANH_DONG, java.time.LocalDate.of(2026, 12, 10)).id(), 2026,
                org.learningsociety.core.subject.LearningModel.FAMILY, null);
        decisions.add(decision);
        return decision.id().value();
    }

    private long newHousehold() throws Exception {
        String response = mvc.perform(post(API + "/subjects").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("model", "FAMILY", "unitCode", THANH_DONG, "name", "Hộ ông Trần Văn Bình",
                                "externalId", "HGD-" + UUID.randomUUID()))))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    private long register(long subject) throws Exception {
        String response = mvc.perform(post(API + "/registrations").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("subjectId", subject, "year", 2026))))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }
}

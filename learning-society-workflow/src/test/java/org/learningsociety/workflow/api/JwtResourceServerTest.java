package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;

/**
 * JWT mode against a real issuer: a Spring Authorization Server started in this JVM on a port of its
 * own issues the tokens (client credentials, the roles claims added by its token customizer), and the
 * library, started as a portal with {@code learning-society.security.jwt.enabled=true} and Spring Boot's
 * {@code issuer-uri} pointing at it, checks them against the issuer's published keys. Both answer over
 * HTTP; nothing is mocked.
 */
class JwtResourceServerTest {

    private static final String THANH_DONG = TokenIssuer.THANH_DONG;
    private static final String HAI_DUONG = TokenIssuer.HAI_DUONG;
    private static final HttpClient HTTP = TokenIssuer.HTTP;
    private static final ObjectMapper JSON = TokenIssuer.JSON;

    private static TokenIssuer issuer;
    private static ConfigurableApplicationContext library;
    private static String issuerUri;
    private static String api;

    @BeforeAll
    static void anIssuerAndAPortalTrustingIt() {
        issuer = TokenIssuer.start();
        issuerUri = issuer.uri();
        library = new SpringApplicationBuilder(ApiTestApplication.class).web(WebApplicationType.SERVLET)
                .properties(issuer.portalProperties()).run();
        api = "http://localhost:" + TokenIssuer.port(library) + LearningSocietyApi.BASE_PATH;
    }

    @AfterAll
    static void stop() {
        if (library != null) {
            library.close();
        }
        if (issuer != null) {
            issuer.close();
        }
    }

    private static String token(String client) throws Exception {
        return issuer.token(client);
    }

    @Test
    void anOfficersTokenReachesTheirCommuneAndNoOther() throws Exception {
        String token = token("ubnd-thanhdong");

        assertThat(get("/subjects?unit=" + THANH_DONG, token).statusCode()).isEqualTo(200);
        HttpResponse<String> elsewhere = get("/subjects?unit=" + HAI_DUONG, token);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(elsewhere.body()).get("detail").asText()).contains("không thuộc phạm vi");
    }

    @Test
    void anAdministratorsTokenReachesEveryUnit() throws Exception {
        String token = token("quantri");

        assertThat(get("/subjects?unit=" + THANH_DONG, token).statusCode()).isEqualTo(200);
        assertThat(get("/subjects?unit=" + HAI_DUONG, token).statusCode()).isEqualTo(200);
        assertThat(get("/subjects?unit=31", token).statusCode()).isEqualTo(200);
    }

    @Test
    void aRoleClaimWithAUnitsClaimGrantsThatRoleInThoseUnits() throws Exception {
        String token = token("hk-haiduong");

        assertThat(get("/subjects?unit=" + HAI_DUONG, token).statusCode()).isEqualTo(200);
        assertThat(get("/subjects?unit=" + THANH_DONG, token).statusCode()).isEqualTo(403);
    }

    @Test
    void theActorOfAChangeIsTheUserTheTokenNames() throws Exception {
        String token = token("hk-thanhdong");

        HttpResponse<String> subject = post("/subjects", token, Map.of("model", "FAMILY", "unitCode", THANH_DONG,
                "name", "Hộ ông Vũ Văn Hải", "externalId", "HGD-" + UUID.randomUUID()));
        assertThat(subject.statusCode()).as(subject.body()).isEqualTo(201);
        HttpResponse<String> registration = post("/registrations", token,
                Map.of("subjectId", JSON.readTree(subject.body()).get("id").asLong(), "year", 2026));
        assertThat(registration.statusCode()).as(registration.body()).isEqualTo(201);

        HttpResponse<String> history = get("/registrations/" + JSON.readTree(registration.body()).get("id").asLong()
                + "/history", token);
        assertThat(history.statusCode()).isEqualTo(200);
        // preferred_username, not the client id the token's sub names
        assertThat(JSON.readTree(history.body()).get("entries").get(0).get("actor").asText())
                .isEqualTo("hoikhuyenhoc.thanhdong");
    }

    @Test
    void withoutATokenTheApiAsksForOneAndRedirectsNowhere() throws Exception {
        HttpResponse<String> anonymous = get("/subjects?unit=" + THANH_DONG, null);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(anonymous.headers().firstValue("Location")).isEmpty();
        assertThat(JSON.readTree(anonymous.body()).get("detail").asText()).contains("Bearer");

        // the identity service's HTTP basic is not taken in JWT mode
        HttpResponse<String> basic = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/subjects?unit=" + THANH_DONG))
                .header("Authorization", "Basic " + TokenIssuer.base64("demo:demo")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void thePortalsOwnPagesKeepTheirLoginNotTheApisBearerTokens() throws Exception {
        // this portal declares no chain of its own: the library's stand-in (form login, HTTP basic) guards
        // its pages, not Spring Boot's bearer-token chain for issuer-uri
        URI page = URI.create(api.substring(0, api.indexOf(LearningSocietyApi.BASE_PATH)) + "/trang-cua-cong");
        HttpResponse<String> browser = HTTP.send(HttpRequest.newBuilder(page).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> script = HTTP.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        // the issuer's own key id, the issuer's name and an administrator's claims: only the key differs
        String keyId = JWKSet.load(new URL(issuerUri + "/oauth2/jwks")).getKeys().get(0).getKeyID();
        RSAKey forger = new RSAKeyGenerator(2048).keyID(keyId).generate();
        Instant now = Instant.now();
        String forged = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(forger))).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build(),
                JwtClaimsSet.builder().issuer(issuerUri).subject("quantri").issuedAt(now)
                        .expiresAt(now.plusSeconds(600)).claim("preferred_username", "quantri")
                        .claim("learning_society_roles", List.of("administrator")).build())).getTokenValue();

        HttpResponse<String> refused = get("/subjects?unit=" + THANH_DONG, forged);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer").contains("error=\"invalid_token\""));
        assertThat(refused.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String expired = token("het-han");

        HttpResponse<String> refused = get("/subjects?unit=" + THANH_DONG, expired);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer").contains("error=\"invalid_token\""));
    }

    @Test
    void aTokenWithAnUnknownRoleIsRefusedTheUnitNotFailed() throws Exception {
        HttpResponse<String> unknownRole = get("/subjects?unit=" + THANH_DONG, token("tiepdan-thanhdong"));

        assertThat(unknownRole.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(unknownRole.body()).get("status").asInt()).isEqualTo(403);
    }

    @Test
    void malformedRoleEntriesGrantNothing() throws Exception {
        HttpResponse<String> malformed = get("/subjects?unit=" + THANH_DONG, token("hong"));

        assertThat(malformed.statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String path, String token, Map<String, ?> body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

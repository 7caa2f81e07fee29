package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * JWT mode against a real issuer: a Spring Authorization Server started in this JVM on a port of its
 * own issues the tokens (client credentials, the roles claims added by its token customizer), and the
 * library, started as a portal with {@code learning-society.security.jwt.enabled=true} and Spring Boot's
 * {@code issuer-uri} pointing at it, checks them against the issuer's published keys. Both answer over
 * HTTP; nothing is mocked.
 */
class JwtResourceServerTest {

    private static final String THANH_DONG = "10507";
    private static final String HAI_DUONG = "10525";

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ConfigurableApplicationContext issuer;
    private static ConfigurableApplicationContext library;
    private static String issuerUri;
    private static String api;

    @BeforeAll
    static void anIssuerAndAPortalTrustingIt() {
        issuer = new SpringApplicationBuilder(Issuer.class).web(WebApplicationType.SERVLET)
                .properties("server.port=0", "spring.main.banner-mode=off", "spring.jmx.enabled=false")
                .run();
        issuerUri = "http://localhost:" + port(issuer);
        library = new SpringApplicationBuilder(ApiTestApplication.class).web(WebApplicationType.SERVLET)
                .properties("server.port=0",
                        "spring.main.banner-mode=off",
                        "spring.jmx.enabled=false",
                        "spring.datasource.url=jdbc:h2:mem:jwt-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "learning-society.reference-data.units=PROVINCES",
                        "learning-society.reference-data.provinces=31",
                        "learning-society.evidence.directory=target/jwt-test-evidence/" + UUID.randomUUID(),
                        "learning-society.api.import-directory=target/jwt-test-imports/" + UUID.randomUUID(),
                        "camunda.bpm.job-execution.enabled=false",
                        "camunda.bpm.generate-unique-process-engine-name=true",
                        "camunda.bpm.generate-unique-process-application-name=true",
                        "camunda.bpm.generic-properties.properties.history-time-to-live=P30D",
                        "camunda.bpm.generic-properties.properties.general-resource-whitelist-pattern=[a-zA-Z0-9.:_-]+",
                        "learning-society.security.jwt.enabled=true",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuerUri)
                .run();
        api = "http://localhost:" + port(library) + LearningSocietyApi.BASE_PATH;
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
                .header("Authorization", "Basic " + base64("demo:demo")).build(), HttpResponse.BodyHandlers.ofString());
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

    private static String token(String client) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(issuerUri + "/oauth2/token"))
                        .header("Authorization", "Basic " + base64(client + ":" + secret(client)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asText();
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

    /** Each client's own secret: the issuer wants them unique. */
    private static String secret(String client) {
        return "bi-mat-cua-" + client;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * The identity provider: Spring Authorization Server as Spring Boot sets it up (its chains, a fresh
     * RSA key published at {@code /oauth2/jwks}, its metadata at {@code /.well-known/…}), with one
     * client per caller below and the roles claims the portal's provider would add.
     */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
            OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class})
    static class Issuer {

        /** Each client's claims beside {@code sub} (the client id). */
        static final Map<String, Map<String, Object>> CLAIMS = Map.of(
                "ubnd-thanhdong", Map.of("preferred_username", "ubnd.thanhdong",
                        "learning_society_roles", List.of("ubnd@" + THANH_DONG)),
                "hk-thanhdong", Map.of("preferred_username", "hoikhuyenhoc.thanhdong",
                        "learning_society_roles", List.of(Map.of("role", "hoi-khuyen-hoc", "unit", THANH_DONG))),
                "hk-haiduong", Map.of("preferred_username", "hoikhuyenhoc.haiduong",
                        "learning_society_role", "hoi-khuyen-hoc", "learning_society_units", List.of(HAI_DUONG)),
                "quantri", Map.of("preferred_username", "quantri", "learning_society_roles", List.of("administrator")),
                "tiepdan-thanhdong", Map.of("preferred_username", "tiepdan.thanhdong",
                        "learning_society_roles", List.of("tiep-dan@" + THANH_DONG)),
                "hong", Map.of("preferred_username", "hong",
                        "learning_society_roles", List.of("ubnd@", "@" + THANH_DONG, "ubnd@10507@31",
                                "ubnd@10507;drop", 10507, Map.of("unit", THANH_DONG), List.of("ubnd", THANH_DONG),
                                "camunda-admin", "administrator@" + THANH_DONG),
                        "learning_society_role", List.of(Map.of("role", "ubnd"))),
                "het-han", Map.of("preferred_username", "hethan",
                        "learning_society_roles", List.of("ubnd@" + THANH_DONG)));

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(CLAIMS.keySet().stream()
                    .map(id -> RegisteredClient.withId(id).clientId(id).clientSecret("{noop}" + secret(id))
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build())
                    .toList());
        }

        /** The roles claims, and for "het-han" a token that expired an hour ago (signed all the same). */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> rolesClaims() {
            return context -> {
                if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                    return;
                }
                String client = context.getRegisteredClient().getClientId();
                CLAIMS.getOrDefault(client, Map.of()).forEach((name, value) -> context.getClaims().claim(name, value));
                if (client.equals("het-han")) {
                    Instant now = Instant.now();
                    context.getClaims().issuedAt(now.minus(Duration.ofHours(2))).notBefore(now.minus(Duration.ofHours(2)))
                            .expiresAt(now.minus(Duration.ofHours(1)));
                }
            };
        }
    }
}

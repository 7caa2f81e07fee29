package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
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
import java.util.stream.Stream;
import org.learningsociety.workflow.officer.OfficerRole;
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
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A real issuer of bearer tokens for the JWT-mode tests: Spring Authorization Server in the test's JVM
 * on a port of its own, one registered client per caller (client credentials), the roles claims added
 * by its token customizer; and the starter's properties for a portal that trusts it.
 */
final class TokenIssuer implements AutoCloseable {

    static final String THANH_DONG = "10507";
    static final String HAI_DUONG = "10525";
    /** The library's role words, as {@link OfficerRole} writes them. */
    static final String UBND = OfficerRole.PEOPLES_COMMITTEE.slug();
    static final String HOI_KHUYEN_HOC = OfficerRole.ASSOCIATION.slug();

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurableApplicationContext context;
    private final String uri;

    private TokenIssuer(ConfigurableApplicationContext context) {
        this.context = context;
        this.uri = "http://localhost:" + port(context);
    }

    static TokenIssuer start() {
        return new TokenIssuer(new SpringApplicationBuilder(Issuer.class).web(WebApplicationType.SERVLET)
                .properties("server.port=0", "spring.main.banner-mode=off", "spring.jmx.enabled=false")
                .run());
    }

    /** The issuer's name, as its tokens' {@code iss} and Spring Boot's {@code issuer-uri} write it. */
    String uri() {
        return uri;
    }

    /** An access token of {@code client}, from the issuer's token endpoint over HTTP. */
    String token(String client) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri + "/oauth2/token"))
                        .header("Authorization", "Basic " + base64(client + ":" + secret(client)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    /** The starter on an in-memory H2 database with Hải Phòng's units, in JWT mode trusting this issuer. */
    String[] portalProperties(String... more) {
        return Stream.concat(Stream.of("server.port=0",
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
                "learning-society.security.jwt.enabled=true",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + uri), Stream.of(more)).toArray(String[]::new);
    }

    @Override
    public void close() {
        context.close();
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Each client's own secret: the issuer wants them unique. */
    private static String secret(String client) {
        return "bi-mat-cua-" + client;
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
                        "learning_society_roles", List.of(UBND + "@" + THANH_DONG)),
                "hk-thanhdong", Map.of("preferred_username", "hoikhuyenhoc.thanhdong",
                        "learning_society_roles", List.of(Map.of("role", HOI_KHUYEN_HOC, "unit", THANH_DONG))),
                "hk-haiduong", Map.of("preferred_username", "hoikhuyenhoc.haiduong",
                        "learning_society_role", HOI_KHUYEN_HOC, "learning_society_units", List.of(HAI_DUONG)),
                "quantri", Map.of("preferred_username", "quantri", "learning_society_roles", List.of("administrator")),
                "tiepdan-thanhdong", Map.of("preferred_username", "tiepdan.thanhdong",
                        "learning_society_roles", List.of("tiep-dan@" + THANH_DONG)),
                "hong", Map.of("preferred_username", "hong",
                        "learning_society_roles", List.of(UBND + "@", "@" + THANH_DONG, UBND + "@10507@31",
                                UBND + "@10507;drop", 10507, Map.of("unit", THANH_DONG), List.of(UBND, THANH_DONG),
                                "camunda-admin", "administrator@" + THANH_DONG),
                        "learning_society_role", List.of(Map.of("role", UBND))),
                "het-han", Map.of("preferred_username", "hethan",
                        "learning_society_roles", List.of(UBND + "@" + THANH_DONG)));

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

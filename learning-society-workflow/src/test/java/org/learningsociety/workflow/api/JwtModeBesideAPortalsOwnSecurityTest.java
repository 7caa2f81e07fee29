package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.example.hostportal.HelloController;
import org.example.hostportal.HostSecurity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A portal with its own users and chain ({@link HostSecurity}, as in {@code HostSecurityTest}) turns on
 * JWT mode: the library's API takes the issuer's tokens, while the portal's own pages and its rule for
 * Camunda's paths stay exactly as they were, neither taking the library's tokens nor losing its logins.
 */
class JwtModeBesideAPortalsOwnSecurityTest {

    private static TokenIssuer issuer;
    private static ConfigurableApplicationContext portal;
    private static String root;

    @BeforeAll
    static void anIssuerAndAPortalWithItsOwnSecurity() {
        issuer = TokenIssuer.start();
        portal = new SpringApplicationBuilder(ApiTestApplication.class, HostSecurity.class, HelloController.class)
                .web(WebApplicationType.SERVLET).properties(issuer.portalProperties()).run();
        root = "http://localhost:" + TokenIssuer.port(portal);
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
        if (issuer != null) {
            issuer.close();
        }
    }

    @Test
    void thePortalsUsersStillLogInToItsPagesAndTheLibrarysTokensDoNot() throws Exception {
        HttpResponse<String> staff = call("/host/hello", "Basic " + TokenIssuer.base64("nhanvien:matkhau"));
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).isEqualTo("Xin chào nhanvien");

        HttpResponse<String> token = call("/host/hello", "Bearer " + issuer.token("quantri"));
        assertThat(token.statusCode()).isEqualTo(401);
        assertThat(token.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
    }

    @Test
    void thePortalsRuleStillProtectsCamundasPaths() throws Exception {
        assertThat(call("/camunda/app/tasklist/", null).statusCode()).isEqualTo(401);
        assertThat(call("/camunda/app/tasklist/", "Bearer " + issuer.token("quantri")).statusCode()).isEqualTo(401);
        assertThat(call("/camunda/app/tasklist/", "Basic " + TokenIssuer.base64("nhanvien:matkhau")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theLibrarysApiTakesTheIssuersTokensAndNotThePortalsUsers() throws Exception {
        String api = LearningSocietyApi.BASE_PATH + "/subjects?unit=" + TokenIssuer.THANH_DONG;

        assertThat(call(api, "Bearer " + issuer.token("ubnd-thanhdong")).statusCode()).isEqualTo(200);
        HttpResponse<String> staff = call(api, "Basic " + TokenIssuer.base64("nhanvien:matkhau"));
        assertThat(staff.statusCode()).isEqualTo(401);
        assertThat(staff.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    private static HttpResponse<String> call(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return TokenIssuer.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

package org.example.existingportal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One browser's session with the running portal over real HTTP: its cookies, no redirect followed. */
final class PortalClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    PortalClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET with HTTP basic credentials (the library's API). */
    HttpResponse<String> get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Authorization", basic(user, password)));
    }

    HttpResponse<String> postJson(String path, String json, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Authorization", basic(user, password)).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A JSON POST as the portal's own pages send it: the session cookie only, and the CSRF token if given. */
    HttpResponse<String> postJsonInSession(String path, String json, String csrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        return send(request);
    }

    /** The CSRF token the portal's page at {@code page} renders for this session, as its scripts read it. */
    String csrfToken(String page) {
        HttpResponse<String> answer = get(page);
        Matcher token = CSRF.matcher(answer.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token in " + page + " (" + answer.statusCode() + ")");
        }
        return token.group(1);
    }

    /** Posts {@code fields} as the form of the page at {@code formPage} does, with that page's CSRF token. */
    HttpResponse<String> submitForm(String formPage, String action, Map<String, String> fields) {
        HttpResponse<String> page = get(formPage);
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token in " + formPage + " (" + page.statusCode() + ")");
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.group(1));
        String form = all.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Logs in through the portal's own login page; the answer is the login's redirect. */
    HttpResponse<String> logIn(String user, String password) {
        return submitForm("/dang-nhap", "/dang-nhap", Map.of("username", user, "password", password));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

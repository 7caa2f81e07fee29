package org.learningsociety.workflow.webapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the requests of Camunda's webapps for the files that make them Vietnamese, from the starter's
 * own resources ({@code org/learningsociety/workflow/webapp/<app>/…}), before Camunda's resource handler
 * looks them up on the classpath, where the webjar's {@code config.js} and this jar's would race on the
 * classpath's order. A {@code config.js} or {@code user-styles.css} the portal ships itself, under
 * {@code META-INF/resources/webjars/camunda/app/<app>/…} like Camunda's, is left to Camunda to serve.
 */
public class VietnameseWebappFilter extends OncePerRequestFilter {

    /** The apps in Vietnamese. */
    public static final List<String> APPS = List.of("tasklist", "welcome");

    static final String LOCALE = "locales/vi.json";
    static final String CONFIG = "scripts/config.js";
    static final String STYLES = "styles/user-styles.css";

    private static final String OWN = "org/learningsociety/workflow/webapp/";
    private static final String CAMUNDAS = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR = "camunda-webapp-webjar";

    private final String appPrefix;
    private final Map<String, Served> served;

    /**
     * @param applicationPath Camunda's {@code camunda.bpm.webapp.application-path} ({@code /camunda})
     * @param classLoader where the starter's files, Camunda's webjar and the portal's own files are
     */
    public VietnameseWebappFilter(String applicationPath, ClassLoader classLoader) {
        this.appPrefix = stripTrailingSlash(applicationPath) + "/app/";
        Map<String, Served> files = new LinkedHashMap<>();
        for (String app : APPS) {
            files.put(app + "/" + LOCALE, read(classLoader, app, LOCALE, "application/json;charset=UTF-8"));
            for (String file : List.of(CONFIG, STYLES)) {
                if (!portalHasItsOwn(classLoader, app + "/" + file)) {
                    String type = file.endsWith(".js") ? "text/javascript;charset=UTF-8" : "text/css;charset=UTF-8";
                    files.put(app + "/" + file, read(classLoader, app, file, type));
                }
            }
        }
        this.served = Collections.unmodifiableMap(files);
    }

    /** The files this filter answers, as {@code <app>/<path>}: the locales always, the others unless the portal has its own. */
    public List<String> served() {
        return List.copyOf(served.keySet());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return file(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Served file = file(request);
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Cache-Control", "no-cache");
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(file.content());
        }
    }

    private Served file(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(appPrefix) ? served.get(path.substring(appPrefix.length())) : null;
    }

    private static boolean portalHasItsOwn(ClassLoader classLoader, String file) {
        try {
            for (URL url : Collections.list(classLoader.getResources(CAMUNDAS + file))) {
                if (!url.toString().contains(WEBJAR)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Served read(ClassLoader classLoader, String app, String file, String contentType) {
        String name = OWN + app + "/" + file;
        try (InputStream in = classLoader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The starter's jar lacks " + name);
            }
            return new Served(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private record Served(byte[] content, String contentType) {
    }
}

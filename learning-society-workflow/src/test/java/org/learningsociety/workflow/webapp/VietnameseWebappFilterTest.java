package org.learningsociety.workflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which of Camunda's webapp files the starter answers itself, and which it leaves to Camunda or the portal. */
class VietnameseWebappFilterTest {

    private final ClassLoader classpath = getClass().getClassLoader();

    @Test
    void servesTheVietnameseLocaleConfigAndStylesOfTasklistAndWelcome() throws Exception {
        VietnameseWebappFilter filter = new VietnameseWebappFilter("/camunda", classpath);

        MockHttpServletResponse locale = get(filter, "/camunda/app/tasklist/locales/vi.json");
        assertThat(locale.getContentType()).startsWith("application/json");
        assertThat(locale.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"SELECT_TASK_IN_LIST\": \"Chọn một công việc trong danh sách.\"");
        assertThat(get(filter, "/camunda/app/tasklist/scripts/config.js").getContentAsString())
                .contains("availableLocales: [LOCALE]");
        assertThat(get(filter, "/camunda/app/welcome/styles/user-styles.css").getContentAsString())
                .contains(".ce-eol-banner");
    }

    @Test
    void leavesEverythingElseToCamunda() throws Exception {
        VietnameseWebappFilter filter = new VietnameseWebappFilter("/camunda", classpath);

        MockFilterChain camunda = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", "/camunda/app/tasklist/locales/en.json"),
                new MockHttpServletResponse(), camunda);
        assertThat(camunda.getRequest()).isNotNull();
        MockFilterChain cockpit = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", "/camunda/app/cockpit/scripts/config.js"),
                new MockHttpServletResponse(), cockpit);
        assertThat(cockpit.getRequest()).isNotNull();
    }

    @Test
    void keepsTheConfigOfAPortalThatShipsItsOwn(@TempDir Path portal) throws Exception {
        Path own = portal.resolve("META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js");
        Files.createDirectories(own.getParent());
        Files.writeString(own, "export default { locales: { availableLocales: ['vi', 'en'], fallbackLocale: 'vi' } };");
        try (URLClassLoader withPortal = new URLClassLoader(new URL[] {portal.toUri().toURL()}, classpath)) {
            VietnameseWebappFilter filter = new VietnameseWebappFilter("/camunda", withPortal);

            assertThat(filter.served()).contains("tasklist/locales/vi.json", "tasklist/styles/user-styles.css",
                    "welcome/scripts/config.js").doesNotContain("tasklist/scripts/config.js");
        }
    }

    private static MockHttpServletResponse get(VietnameseWebappFilter filter, String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", path), response, chain);
        assertThat(chain.getRequest()).as("answered by the filter, not passed on: " + path).isNull();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }
}

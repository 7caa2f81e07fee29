package org.learningsociety.portal;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The portal as it runs, on a random port, on an in-memory H2 database instead of its file: every
 * test of this configuration shares one context (the whole country's units, the demo data). The demo's
 * 2026 in Thành Đông is left out ({@code portal.demo-2026=false}): the tests register the 2026 years
 * they read, and a commune's task lists them only while it holds few.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:portal-test;DB_CLOSE_DELAY=-1", "portal.demo-2026=false"})
abstract class PortalContextTest {
}

package org.learningsociety.portal;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The portal as it runs, on a random port, on an in-memory H2 database instead of its file: every
 * test of this configuration shares one context (the whole country's units, the demo data).
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:portal-test;DB_CLOSE_DELAY=-1")
abstract class PortalContextTest {
}

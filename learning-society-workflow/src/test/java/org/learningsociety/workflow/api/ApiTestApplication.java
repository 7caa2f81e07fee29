package org.learningsociety.workflow.api;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** A bare host for the starter: only auto-configuration, as a portal that adds nothing of its own. */
@SpringBootConfiguration
@EnableAutoConfiguration
class ApiTestApplication {
}

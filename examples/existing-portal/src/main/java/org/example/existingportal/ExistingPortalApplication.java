package org.example.existingportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ward's portal: {@code java -jar} or {@code mvn -pl examples/existing-portal spring-boot:run}. */
@SpringBootApplication
public class ExistingPortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExistingPortalApplication.class, args);
    }
}

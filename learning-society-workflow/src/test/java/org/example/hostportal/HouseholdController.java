package org.example.hostportal;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A host portal's own controller, in the host's package: it reads and writes JSON in the host's style. */
@RestController
public class HouseholdController {

    /** What the host portal reads and writes. */
    public record Household(String householdName, String parentCode, LocalDate registeredOn, String note) { }

    @GetMapping("/host/household")
    public Household household() {
        return new Household("Hộ ông Nguyễn Văn An", "10507", LocalDate.of(2026, 3, 2), null);
    }

    @PostMapping("/host/household")
    public Household echo(@RequestBody Household household) {
        return household;
    }
}

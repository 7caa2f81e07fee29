package org.example.existingportal;

import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The ward's page of citizens' requests ({@code /don-dang-ky}: the list, and the form the one-stop desk
 * fills in when a citizen hands one in) and the same list as JSON ({@code /api/don-dang-ky}), in the
 * portal's snake_case.
 */
@Controller
class CitizenRequestsController {

    private final CitizenRequests requests;

    CitizenRequestsController(CitizenRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/don-dang-ky";
    }

    @GetMapping("/dang-nhap")
    String login() {
        return "dang-nhap";
    }

    @GetMapping("/don-dang-ky")
    String page(Model model, Principal user) {
        model.addAttribute("requests", requests.all());
        model.addAttribute("user", user.getName());
        return "don-dang-ky";
    }

    @PostMapping("/don-dang-ky")
    String receive(@RequestParam String fullName, @RequestParam String subject, Principal staff) {
        requests.receive(fullName, subject, staff.getName());
        return "redirect:/don-dang-ky";
    }

    @GetMapping("/api/don-dang-ky")
    @ResponseBody
    List<CitizenRequest> list() {
        return requests.all();
    }
}

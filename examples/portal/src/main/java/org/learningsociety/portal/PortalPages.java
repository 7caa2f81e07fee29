package org.learningsociety.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's pages: the login form and the dashboard. */
@Controller
class PortalPages {

    private final Dashboard dashboard;

    PortalPages(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/dashboard";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(name = "xa", defaultValue = DemoData.THANH_DONG) String commune, Model model,
            java.security.Principal officer) {
        model.addAttribute("officer", officer == null ? "" : officer.getName());
        model.addAttribute("commune", commune);
        model.addAttribute("panels", java.util.List.of(dashboard.panel(DemoData.HAI_PHONG), dashboard.panel(commune)));
        return "dashboard";
    }
}

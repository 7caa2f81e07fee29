package org.learningsociety.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's pages: the login form, the dashboard, and the indicator values a commune enters. */
@Controller
class PortalPages {

    private final Dashboard dashboard;
    private final IndicatorValuesForm indicatorValues;

    PortalPages(Dashboard dashboard, IndicatorValuesForm indicatorValues) {
        this.dashboard = dashboard;
        this.indicatorValues = indicatorValues;
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

    /** The values the commune enters for the year's indicators, filled in as stored. */
    @GetMapping("/so-lieu-chi-tieu")
    String indicatorValues(@RequestParam(name = "xa", defaultValue = DemoData.THANH_DONG) String commune,
            @RequestParam(name = "nam", required = false) Integer year,
            @RequestParam(name = "da-luu", required = false) Integer saved, Model model,
            java.security.Principal officer) {
        int shown = year == null ? indicatorValues.thisYear() : year;
        return indicatorValuesPage(indicatorValues.page(commune, shown, saved), model, officer);
    }

    /** Saves what the officer changed; back to the page when all was saved, else the page with the refusals. */
    @org.springframework.web.bind.annotation.PostMapping("/so-lieu-chi-tieu")
    String saveIndicatorValues(@RequestParam(name = "xa") String commune, @RequestParam(name = "nam") int year,
            jakarta.servlet.http.HttpServletRequest request, Model model, java.security.Principal officer,
            jakarta.servlet.http.HttpServletResponse response) {
        IndicatorValuesForm.Page page = indicatorValues.save(commune, year,
                IndicatorValuesForm.fields(request.getParameterMap()));
        if (page.refusal() == null && !page.anyError()) {
            return "redirect:/so-lieu-chi-tieu?xa=" + org.springframework.web.util.UriUtils.encodeQueryParam(commune,
                    java.nio.charset.StandardCharsets.UTF_8) + "&nam=" + year + "&da-luu=" + page.saved();
        }
        response.setStatus(page.refusal() != null ? 403 : 400);
        return indicatorValuesPage(page, model, officer);
    }

    private static String indicatorValuesPage(IndicatorValuesForm.Page page, Model model,
            java.security.Principal officer) {
        model.addAttribute("officer", officer == null ? "" : officer.getName());
        model.addAttribute("page", page);
        return "indicator-values";
    }
}

package org.learningsociety.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's pages: the login form, the leader's dashboard with its downloads, and the indicator
 * values a commune enters. The downloads are the API's own workbooks, made by the library's
 * controllers called in-process: the API takes HTTP basic, these pages the portal's session login.
 */
@Controller
class PortalPages {

    private final Dashboard dashboard;
    private final IndicatorValuesForm indicatorValues;
    private final org.learningsociety.workflow.api.CompiledReportsController compiledReports;
    private final org.learningsociety.workflow.api.IndicatorTablesController indicatorTables;
    private final org.learningsociety.workflow.api.DecisionsController decisions;

    PortalPages(Dashboard dashboard, IndicatorValuesForm indicatorValues,
            org.learningsociety.workflow.api.CompiledReportsController compiledReports,
            org.learningsociety.workflow.api.IndicatorTablesController indicatorTables,
            org.learningsociety.workflow.api.DecisionsController decisions) {
        this.dashboard = dashboard;
        this.indicatorValues = indicatorValues;
        this.compiledReports = compiledReports;
        this.indicatorTables = indicatorTables;
        this.decisions = decisions;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/dashboard";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /**
     * The dashboard of a unit of the portal's province for a year (the last finished one unless
     * {@code nam} names another): its children ranked by a model's difference to the target
     * ({@code sap-xep}: a model, or {@code ten} by name; {@code chieu}: {@code tang}, worst first, or
     * {@code giam}). Without {@code don-vi} (or the older {@code xa}) the province if the officer reaches
     * it, else their own unit; a unit they do not reach is refused with a 403 page.
     */
    @GetMapping("/dashboard")
    String dashboard(@RequestParam(name = "don-vi", required = false) String unit,
            @RequestParam(name = "xa", required = false) String commune,
            @RequestParam(name = "nam", required = false) Integer year,
            @RequestParam(name = "sap-xep", required = false) String sort,
            @RequestParam(name = "chieu", required = false) String direction, Model model,
            org.springframework.security.core.Authentication officer, jakarta.servlet.http.HttpServletResponse response) {
        java.util.List<String> groups = groups(officer);
        String code = unit != null && !unit.isBlank() ? unit.trim()
                : commune != null && !commune.isBlank() ? commune.trim() : dashboard.defaultUnit(groups);
        int shown = year == null ? dashboard.lastFinishedYear() : year;
        model.addAttribute("officer", officer == null ? "" : officer.getName());
        try {
            model.addAttribute("view", dashboard.view(code, shown, sort, direction, groups));
            return "dashboard";
        } catch (org.learningsociety.workflow.api.OutOfScopeException e) {
            return refused(model, response, 403, e.getMessage());
        } catch (org.learningsociety.core.shared.LearningSocietyException e) {
            return refused(model, response, 404, e.getMessage());
        }
    }

    /** The unit's compiled report of the year as the workbook sent to the People's Committee. */
    @GetMapping("/dashboard/tai-ve/bao-cao")
    Object reportWorkbook(@RequestParam(name = "don-vi") String unit, @RequestParam(name = "nam") int year, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        return download(() -> compiledReports.reportWorkbook(unit, String.valueOf(year), null), model, response);
    }

    /** The plan's table of indicators of the unit for the year, as the workbook officials submit. */
    @GetMapping("/dashboard/tai-ve/chi-tieu")
    Object indicatorWorkbook(@RequestParam(name = "don-vi") String unit, @RequestParam(name = "nam") int year,
            Model model, jakarta.servlet.http.HttpServletResponse response) {
        return download(() -> indicatorTables.workbook(unit, year, null), model, response);
    }

    /** A decision's annex: the numbered list it recognised or commended. */
    @GetMapping("/dashboard/tai-ve/phu-luc/{id}")
    Object annexWorkbook(@org.springframework.web.bind.annotation.PathVariable long id, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        return download(() -> decisions.annexWorkbook(id), model, response);
    }

    /**
     * A workbook made by the library's own download (the same reach check as the API's), for an officer
     * logged in to the portal's pages; a refusal or a missing document as a Vietnamese page.
     */
    private Object download(java.util.function.Supplier<org.springframework.http.ResponseEntity<byte[]>> workbook,
            Model model, jakarta.servlet.http.HttpServletResponse response) {
        try {
            return workbook.get();
        } catch (org.learningsociety.workflow.api.OutOfScopeException e) {
            return refused(model, response, 403, e.getMessage());
        } catch (org.learningsociety.core.shared.LearningSocietyException e) {
            return refused(model, response, 404, e.getMessage());
        }
    }

    private static String refused(Model model, jakarta.servlet.http.HttpServletResponse response, int status,
            String reason) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("reason", reason);
        return "refused";
    }

    private static java.util.List<String> groups(org.springframework.security.core.Authentication officer) {
        return officer == null ? java.util.List.of() : officer.getAuthorities().stream()
                .map(org.springframework.security.core.GrantedAuthority::getAuthority).toList();
    }

    /**
     * Sets the status of one of the plans' tasks from the dashboard, as the logged-in officer (only the
     * body answering for it, in its own unit); back to the unit's year, at the tasks.
     */
    @org.springframework.web.bind.annotation.PostMapping("/dashboard/nhiem-vu/{id}")
    String setTaskStatus(@org.springframework.web.bind.annotation.PathVariable long id,
            @RequestParam(name = "tinh-trang") String status,
            @RequestParam(name = "ghi-chu", required = false) String note,
            @RequestParam(name = "phien-ban", required = false) Integer version, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            org.learningsociety.core.plantask.PlanTaskItem item = dashboard.setTaskStatus(id, status, note, version);
            return "redirect:/dashboard?don-vi=" + org.springframework.web.util.UriUtils.encodeQueryParam(
                    item.unitCode(), java.nio.charset.StandardCharsets.UTF_8) + "&nam=" + item.year() + "#nhiem-vu";
        } catch (org.learningsociety.workflow.api.OutOfScopeException
                | org.learningsociety.core.plantask.NotResponsibleException e) {
            return refused(model, response, 403, e.getMessage());
        } catch (org.learningsociety.core.shared.ConflictException e) {
            return refused(model, response, 409, e.getMessage());
        } catch (org.learningsociety.core.shared.NotFoundException e) {
            return refused(model, response, 404, e.getMessage());
        } catch (org.learningsociety.core.shared.LearningSocietyException e) {
            return refused(model, response, 400, e.getMessage());
        }
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

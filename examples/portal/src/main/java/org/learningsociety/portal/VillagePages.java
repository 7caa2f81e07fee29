package org.learningsociety.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.learningsociety.core.evidence.EvidenceUploads;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.LearningModel;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The village page ({@code /thon/{code}?nam=&mo-hinh=}), which the cycle's village tasks link to: the
 * grid, its save, the workbook's download and upload, the evidence, the task's completion. Outside the
 * officer's units a Vietnamese 403 page.
 */
@Controller
class VillagePages {

    private final VillagePage villages;

    VillagePages(VillagePage villages) {
        this.villages = villages;
    }

    @GetMapping("/thon/{code}")
    String page(@PathVariable String code, @RequestParam("nam") int year, @RequestParam("mo-hinh") LearningModel model,
            @RequestParam(name = "buoc", required = false) String step,
            @RequestParam(name = "thong-bao", required = false) String message, Model ui, Principal officer) {
        return show(villages.page(code, year, model, step, name(officer), message, null), ui, officer);
    }

    @PostMapping("/thon/{code}")
    String save(@PathVariable String code, @RequestParam("nam") int year, @RequestParam("mo-hinh") LearningModel model,
            @RequestParam(name = "buoc", required = false) String step, HttpServletRequest request, Model ui,
            Principal officer, HttpServletResponse response) {
        VillagePage.Page page = villages.save(code, year, model, step, name(officer),
                IndicatorValuesForm.fields(request.getParameterMap()));
        if (page.error() == null) {
            return redirect(page, page.message());
        }
        response.setStatus(400);
        return show(page, ui, officer);
    }

    @GetMapping("/thon/{code}/tai-ve")
    ResponseEntity<byte[]> workbook(@PathVariable String code, @RequestParam("nam") int year,
            @RequestParam("mo-hinh") LearningModel model, @RequestParam(name = "buoc", required = false) String step,
            Principal officer) {
        return villages.workbook(code, year, model, step, name(officer));
    }

    @PostMapping("/thon/{code}/tai-len")
    String upload(@PathVariable String code, @RequestParam("nam") int year, @RequestParam("mo-hinh") LearningModel model,
            @RequestParam(name = "buoc", required = false) String step, @RequestParam("tep") MultipartFile file,
            Model ui, Principal officer, HttpServletResponse response) throws IOException {
        VillagePage.Page page = villages.upload(code, year, model, step, name(officer), file.getBytes());
        if (page.error() == null) {
            return redirect(page, page.message());
        }
        response.setStatus(400);
        return show(page, ui, officer);
    }

    @PostMapping("/thon/{code}/hoan-thanh")
    String complete(@PathVariable String code, @RequestParam("nam") int year,
            @RequestParam("mo-hinh") LearningModel model, @RequestParam(name = "buoc", required = false) String step,
            Model ui, Principal officer, HttpServletResponse response) {
        VillagePage.Page page = villages.complete(code, year, model, step, name(officer));
        if (page.error() == null) {
            return redirect(page, page.message());
        }
        response.setStatus(409);
        return show(page, ui, officer);
    }

    @GetMapping("/thon/{code}/minh-chung")
    String evidence(@PathVariable String code, @RequestParam("nam") int year,
            @RequestParam("mo-hinh") LearningModel model, @RequestParam(name = "ho", required = false) Long household,
            Model ui, Principal officer) {
        ui.addAttribute("officer", name(officer));
        ui.addAttribute("evidence", villages.evidence(code, year, model, household, name(officer)));
        return "village-evidence";
    }

    @GetMapping("/thon/{code}/minh-chung/{registration}/{name}")
    ResponseEntity<InputStreamResource> evidenceFile(@PathVariable String code, @PathVariable long registration,
            @PathVariable String name, @RequestParam("nam") int year, @RequestParam("mo-hinh") LearningModel model,
            Principal officer) throws IOException {
        EvidenceUploads.Download file = villages.evidenceFile(code, year, model, registration, name, name(officer))
                .orElseThrow(() -> new NotFoundException("name", name, "Hồ sơ không có tệp minh chứng này"));
        String title = file.evidence().title() == null || file.evidence().title().isBlank() ? name
                : file.evidence().title();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(file.type().contentType()));
        headers.setContentDisposition(ContentDisposition.inline().filename("Minh chứng " + file.evidence().indicator()
                + " - " + title + "." + file.type().extension(), StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(headers).body(new InputStreamResource(file.content()));
    }

    @ExceptionHandler(VillagePage.Forbidden.class)
    String forbidden(VillagePage.Forbidden e, Model ui, Principal officer, HttpServletResponse response) {
        response.setStatus(403);
        ui.addAttribute("officer", name(officer));
        ui.addAttribute("title", "Không có quyền truy cập");
        ui.addAttribute("reason", e.getMessage());
        return "village-refused";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model ui, Principal officer, HttpServletResponse response) {
        response.setStatus(404);
        ui.addAttribute("officer", name(officer));
        ui.addAttribute("title", "Không tìm thấy");
        String message = e.getMessage();
        int tail = message.lastIndexOf(" (trường: ");
        ui.addAttribute("reason", tail > 0 ? message.substring(0, tail) : message);
        return "village-refused";
    }

    private static String redirect(VillagePage.Page page, String message) {
        return "redirect:/thon/" + page.villageCode() + "?" + page.query() + (message == null ? "" : "&thong-bao="
                + org.springframework.web.util.UriUtils.encodeQueryParam(message, StandardCharsets.UTF_8));
    }

    private static String show(VillagePage.Page page, Model ui, Principal officer) {
        ui.addAttribute("officer", name(officer));
        ui.addAttribute("page", page);
        return "village";
    }

    private static String name(Principal officer) {
        return officer == null ? null : officer.getName();
    }
}

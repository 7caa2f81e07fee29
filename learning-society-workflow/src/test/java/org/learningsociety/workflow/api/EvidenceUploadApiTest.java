package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.evidence.EvidenceStore;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.workflow.evidence.FileSystemEvidenceStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Evidence files through the API: a PDF, JPEG or PNG is stored and its reference taken by the
 * self-assessment; a file too large (413), of another type by declaration or by content (415), empty
 * or named with a path (400) is refused in Vietnamese and stores nothing. The test context allows
 * 64 KB ({@code learning-society.evidence.max-size}).
 */
class EvidenceUploadApiTest extends ApiContextTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H'};

    @Autowired
    EvidenceStore store;
    @Autowired
    UploadLimitProblems uploadLimits;

    @Test
    void storesAPdfAJpegAndAPngAndTheSelfAssessmentTakesTheirReferences() throws Exception {
        long registration = registerFor(addHousehold(THANH_DONG), 2026);

        String pdfReference = reference(upload(registration, file("bien-ban-hop.pdf", "application/pdf", pdf()), "1.1")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.indicator").value("1.1"))
                .andExpect(jsonPath("$.title").value("Minh chứng tải lên"))
                .andExpect(jsonPath("$.reference", startsWith("ls-evidence:" + registration + "/"))));
        String jpegReference = reference(upload(registration, file("anh-lop-hoc.JPG", "image/jpeg", JPEG), "1.2")
                .andExpect(status().isCreated()));
        upload(registration, file("giay-khen.png", "image/png", PNG), "2.1").andExpect(status().isCreated());

        assertThat(filesOf(registration)).hasSize(3);
        try (var content = store.open(pdfReference).orElseThrow()) {
            assertThat(content.readAllBytes()).isEqualTo(pdf());
        }
        try (var content = store.open(jpegReference).orElseThrow()) {
            assertThat(content.readAllBytes()).isEqualTo(JPEG);
        }

        ObjectNode marks = (ObjectNode) json.readTree(fullMarks("FAMILY", 2026));
        JsonNode first = marks.withArray("evidence").get(0);
        ((ObjectNode) first).put("reference", pdfReference);
        mvc.perform(put(API + "/registrations/" + registration + "/self-assessment").with(thanhDong())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(marks)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.evidence[0].reference").value(pdfReference));
    }

    @Test
    void refusesAFileLargerThanTheMaximumWith413AndStoresNothing() throws Exception {
        long registration = registerFor(addHousehold(THANH_DONG), 2026);
        byte[] large = Arrays.copyOf(pdf(), 64 * 1024 + 1);

        upload(registration, file("bao-cao.pdf", "application/pdf", large), "1.1")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.field").value("file.size"))
                .andExpect(jsonPath("$.detail", containsString("vượt quá dung lượng tối đa")));
        assertThat(filesOf(registration)).isEmpty();
        // exactly the maximum is taken
        upload(registration, file("bao-cao.pdf", "application/pdf", Arrays.copyOf(pdf(), 64 * 1024)), "1.1")
                .andExpect(status().isCreated());
    }

    @Test
    void refusesAPdfThatIsReallyAWebPageOrAProgramWith415AndStoresNothing() throws Exception {
        long registration = registerFor(addHousehold(THANH_DONG), 2026);
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

        upload(registration, file("minh-chung.pdf", "application/pdf", html), "1.1")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail", containsString("Nội dung tệp không phải PDF")));
        upload(registration, file("minh-chung.pdf", "application/pdf", exe), "1.1")
                .andExpect(status().isUnsupportedMediaType());
        upload(registration, file("anh.png", "image/png", pdf()), "1.1")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail", containsString("không phải PNG")));
        assertThat(filesOf(registration)).isEmpty();
    }

    @Test
    void refusesADeclaredTypeOtherThanPdfJpegPngOrAnExtensionNotOfItWith415() throws Exception {
        long registration = registerFor(addHousehold(THANH_DONG), 2026);

        upload(registration, file("trang.html", "text/html", "<html></html>".getBytes(StandardCharsets.UTF_8)), "1.1")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.field").value("file.contentType"))
                .andExpect(jsonPath("$.detail", containsString("Chỉ nhận tệp minh chứng PDF, JPEG, PNG")));
        upload(registration, file("setup.exe", "application/x-msdownload", new byte[] {'M', 'Z', 0, 0}), "1.1")
                .andExpect(status().isUnsupportedMediaType());
        upload(registration, file("bien-ban.exe", "application/pdf", pdf()), "1.1")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.field").value("file.name"));
        assertThat(filesOf(registration)).isEmpty();
    }

    @Test
    void refusesAnEmptyFileAndANameWithAPathWith400AndStoresNothing() throws Exception {
        long registration = registerFor(addHousehold(THANH_DONG), 2026);

        upload(registration, file("rong.pdf", "application/pdf", new byte[0]), "1.1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Tệp minh chứng rỗng")));
        for (String name : new String[] {"../../etc/passwd.pdf", "..\\..\\windows\\x.pdf", "/tmp/x.pdf",
                "C:x.pdf", "a\u0000b.pdf", ".hidden.pdf"}) {
            upload(registration, file(name, "application/pdf", pdf()), "1.1")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("file.name"))
                    .andExpect(jsonPath("$.detail", containsString("Tên tệp không được chứa đường dẫn")));
        }
        upload(registration, file("bien-ban.pdf", "application/pdf", pdf()), " ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("indicator"));
        mvc.perform(multipart(API + "/registrations/" + registration + "/evidence").param("indicator", "1.1")
                        .with(thanhDong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail", containsString("Thiếu phần bắt buộc")));
        assertThat(filesOf(registration)).isEmpty();
        try (Stream<Path> all = Files.exists(evidenceDirectory()) ? Files.walk(evidenceDirectory()) : Stream.empty()) {
            assertThat(all.map(Path::toString)).noneMatch(p -> p.contains("passwd") || p.contains("windows"));
        }
    }

    @Test
    void refusesAnotherCommunesOfficerAndAnUnknownRegistration() throws Exception {
        long registration = registerFor(addHousehold(THANH_DONG), 2026);

        mvc.perform(multipart(API + "/registrations/" + registration + "/evidence")
                        .file(file("bien-ban.pdf", "application/pdf", pdf())).param("indicator", "1.1").with(haiDuong()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(API + "/registrations/987654/evidence")
                        .file(file("bien-ban.pdf", "application/pdf", pdf())).param("indicator", "1.1").with(admin()))
                .andExpect(status().isNotFound());
        assertThat(filesOf(registration)).isEmpty();
        mvc.perform(post(API + "/registrations/" + registration + "/evidence").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail", containsString("multipart/form-data")));
    }

    /**
     * Spring reads a multipart request before any controller: an upload over
     * {@code spring.servlet.multipart.max-file-size} is answered by {@link UploadLimitProblems} with a
     * Vietnamese 413, not Spring's English error, under the API's path only.
     */
    @Test
    void answersSpringsOwnMultipartLimitWithAVietnameseProblem() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", API + "/registrations/1/evidence");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(uploadLimits.resolveException(request, response, null, new MaxUploadSizeExceededException(1_048_576)))
                .isNotNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsByteArray());
        assertThat(problem.get("detail").asText()).contains("vượt quá dung lượng tối đa máy chủ cho phép (1048576 byte)");
        assertThat(problem.get("field").asText()).isEqualTo("file");

        MockHttpServletResponse broken = new MockHttpServletResponse();
        uploadLimits.resolveException(request, broken, null, new MultipartException("Failed to parse multipart"));
        assertThat(broken.getStatus()).isEqualTo(400);
        assertThat(json.readTree(broken.getContentAsByteArray()).get("detail").asText())
                .contains("multipart/form-data không đọc được");

        MockHttpServletRequest elsewhere = new MockHttpServletRequest("POST", "/portal/upload");
        assertThat(uploadLimits.resolveException(elsewhere, new MockHttpServletResponse(), null,
                new MaxUploadSizeExceededException(1))).as("the portal's own pages are left alone").isNull();
    }

    private ResultActions upload(long registration, MockMultipartFile file, String indicator) throws Exception {
        return mvc.perform(multipart(API + "/registrations/" + registration + "/evidence").file(file)
                .param("indicator", indicator).param("title", "Minh chứng tải lên").with(thanhDong()));
    }

    private static MockMultipartFile file(String name, String type, byte[] content) {
        return new MockMultipartFile("file", name, type, content);
    }

    private String reference(ResultActions created) throws Exception {
        return json.readTree(created.andReturn().getResponse().getContentAsString()).get("reference").asText();
    }

    private Path evidenceDirectory() {
        return ((FileSystemEvidenceStore) store).directory();
    }

    /** The files stored for a registration, temporary ones included. */
    private java.util.List<Path> filesOf(long registration) throws IOException {
        Path folder = evidenceDirectory().resolve(Long.toString(new RegistrationId(registration).value()));
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}

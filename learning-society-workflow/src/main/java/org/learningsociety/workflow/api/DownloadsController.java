package org.learningsociety.workflow.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.plan.Recognisers;
import org.learningsociety.core.plan.Recognition;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.YearlyRecords;
import org.learningsociety.core.report.Report;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.export.RecognitionCertificate;
import org.learningsociety.workflow.export.ReportWorkbook;
import org.learningsociety.workflow.export.Signature;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A recognised subject's certificate (Giấy công nhận) as a PDF download with a Vietnamese file name
 * (RFC 6266 {@code filename*}), and the download answer the other documents share.
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH)
public class DownloadsController {

    /** The media type of an Excel workbook. */
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final YearlyRecords records;
    private final Decisions decisions;
    private final Subjects subjects;
    private final UnitDirectory units;
    private final UnitAccess access;
    private final Recognisers recognisers;

    public DownloadsController(YearlyRecords records, Decisions decisions, Subjects subjects, UnitDirectory units,
            UnitAccess access, org.springframework.beans.factory.ObjectProvider<Recognisers> recognisers) {
        this.recognisers = recognisers.getIfAvailable(Recognisers::peoplesCommittees);
        this.records = Objects.requireNonNull(records);
        this.decisions = Objects.requireNonNull(decisions);
        this.subjects = Objects.requireNonNull(subjects);
        this.units = Objects.requireNonNull(units);
        this.access = Objects.requireNonNull(access);
    }

    /** The certificate of a recognised subject's year, by the decision that recognised it. */
    @LibraryAction(Action.READ)
    @GetMapping("/registrations/{id}/certificate.pdf")
    public ResponseEntity<byte[]> certificate(@PathVariable long id) {
        Registration registration = records.registration(new RegistrationId(id));
        access.requireAccess(registration.unit());
        if (registration.status() != RegistrationStatus.RECOGNISED || registration.decision() == null) {
            throw new NotFoundException("registrationId", id, "Hồ sơ chưa được công nhận nên chưa có giấy công nhận; "
                    + "hồ sơ đang ở trạng thái \"" + registration.status().vietnameseName() + "\"");
        }
        Decision decision = decisions.findById(registration.decision()).orElseThrow(() ->
                new NotFoundException("decisionId", registration.decision(), "Không có quyết định này"));
        AdministrativeUnit issuer = units.unitOn(decision.issuingUnit(), decision.date());
        Subject subject = subjects.findById(registration.subject()).orElseThrow(() ->
                new NotFoundException("subjectId", registration.subject(), "Không có đối tượng này"));
        // the signature's words of the body that issued it: the plan's, where it still names that body
        Recognition said = recognisers.of(issuer, decision.year(), decision.date());
        Recognition words = said.by() == decision.issuingBody() ? said
                : new Recognition(decision.issuingBody(), null, null, null, null);
        RecognitionCertificate certificate = new RecognitionCertificate(decision, issuer.name(), subject.name(),
                registration.model(), new Signature(Signature.placeOf(issuer.name()), decision.date(),
                        words.onBehalfOf(), words.signerTitle(), decision.signer()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        certificate.write(out);
        return download(out.toByteArray(), MediaType.APPLICATION_PDF,
                "Giấy công nhận " + registration.model().title() + " " + registration.year() + " - " + subject.name()
                        + ".pdf");
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(headers).body(body);
    }
}

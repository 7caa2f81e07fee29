package org.learningsociety.core.evidence;

import static org.learningsociety.core.evidence.EvidenceFileRefusedException.Reason.BAD_NAME;
import static org.learningsociety.core.evidence.EvidenceFileRefusedException.Reason.EMPTY;
import static org.learningsociety.core.evidence.EvidenceFileRefusedException.Reason.TOO_LARGE;
import static org.learningsociety.core.evidence.EvidenceFileRefusedException.Reason.WRONG_TYPE;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.shared.InvalidInputException;

/**
 * Takes an evidence file for a subject's year: refuses an empty file, one larger than the maximum,
 * one whose declared content type is not PDF, JPEG or PNG or whose first bytes are not of the type
 * it declares (an HTML page or a program named {@code .pdf}), and a file name that is not a plain
 * name (a path, {@code ..}, control characters). Only then it stores the bytes, under a name it makes
 * itself, and returns the {@link Evidence} with the reference to put in the self-assessment.
 */
public class EvidenceUploads {

    /** The longest file name taken. */
    public static final int MAX_NAME = 255;

    private static final Pattern INDICATOR = Pattern.compile("[\\p{L}\\p{N}._-]{1,40}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private final EvidenceStore store;
    private final long maxSize;

    /** @param maxSize the largest file taken, in bytes */
    public EvidenceUploads(EvidenceStore store, long maxSize) {
        this.store = Objects.requireNonNull(store);
        if (maxSize <= 0) {
            throw new InvalidInputException("evidence.maxSize", maxSize, "Dung lượng tối đa của tệp minh chứng phải lớn hơn 0");
        }
        this.maxSize = maxSize;
    }

    public long maxSize() {
        return maxSize;
    }

    /** An evidence file to hand out: its content, its type, and the evidence item that cites it. */
    public record Download(Evidence evidence, EvidenceFileType type, InputStream content) { }

    /**
     * The file {@code registration} cites as evidence under the stored name {@code name} (the last
     * part of its reference, e.g. {@code 6f1c….pdf}); empty if the registration cites no such file or
     * the store no longer holds it (erased, purged). Only files the registration cites are handed out.
     */
    public Optional<Download> open(Registration registration, String name) throws IOException {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        for (Evidence evidence : registration.evidence()) {
            String reference = evidence.reference();
            if (reference == null || !reference.endsWith("/" + name) && !reference.equals(name)) {
                continue;
            }
            Optional<EvidenceFileType> type = Arrays.stream(EvidenceFileType.values())
                    .filter(t -> t.matchesExtension(name)).findFirst();
            if (type.isEmpty()) {
                return Optional.empty();
            }
            Optional<InputStream> content = store.open(reference);
            if (content.isPresent()) {
                return Optional.of(new Download(evidence, type.get(), content.get()));
            }
        }
        return Optional.empty();
    }

    /** A file as it was uploaded: its name and content type as the client declared them. */
    public record Upload(RegistrationId registration, String indicator, String title, String fileName,
            String contentType, long size, InputStream content) { }

    /** Checks and stores the file; returns the evidence to cite in the self-assessment. */
    public Evidence upload(Upload upload) {
        Objects.requireNonNull(upload.registration(), "registration");
        if (upload.indicator() == null || !INDICATOR.matcher(upload.indicator()).matches()) {
            throw new InvalidInputException("indicator", upload.indicator(),
                    "Phải nêu mã chỉ số mà minh chứng chứng minh (chữ, số, dấu chấm, tối đa 40 ký tự)");
        }
        String name = checkedName(upload.fileName());
        EvidenceFileType type = EvidenceFileType.ofContentType(upload.contentType()).orElseThrow(() ->
                new EvidenceFileRefusedException(WRONG_TYPE, "file.contentType", upload.contentType(),
                        "Chỉ nhận tệp minh chứng " + EvidenceFileType.accepted()));
        if (!type.matchesExtension(name)) {
            throw new EvidenceFileRefusedException(WRONG_TYPE, "file.name", name, "Đuôi tên tệp không khớp với kiểu "
                    + type.name() + " đã khai báo");
        }
        if (upload.size() == 0) {
            throw new EvidenceFileRefusedException(EMPTY, "file", name, "Tệp minh chứng rỗng");
        }
        if (upload.size() > maxSize) {
            throw tooLarge(upload.size());
        }
        String title = upload.title() == null || upload.title().isBlank() ? name : upload.title().strip();
        Evidence checkedTitle = new Evidence(upload.indicator(), null, title);
        try (PushbackInputStream content = new PushbackInputStream(
                Objects.requireNonNull(upload.content(), "content"), EvidenceFileType.SIGNATURE_LENGTH)) {
            byte[] head = new byte[EvidenceFileType.SIGNATURE_LENGTH];
            int read = content.readNBytes(head, 0, head.length);
            if (read == 0) {
                throw new EvidenceFileRefusedException(EMPTY, "file", name, "Tệp minh chứng rỗng");
            }
            if (!type.matchesSignature(head, read)) {
                throw new EvidenceFileRefusedException(WRONG_TYPE, "file", name, "Nội dung tệp không phải "
                        + type.name() + " như đã khai báo; chỉ nhận tệp minh chứng " + EvidenceFileType.accepted());
            }
            content.unread(head, 0, read);
            String reference = store.store(upload.registration(), UUID.randomUUID() + "." + type.extension(),
                    new Limited(content, maxSize));
            return new Evidence(checkedTitle.indicator(), reference, checkedTitle.title());
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an evidence file of registration "
                    + upload.registration().value(), e);
        }
    }

    private static String checkedName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new EvidenceFileRefusedException(BAD_NAME, "file.name", fileName, "Tệp minh chứng phải có tên");
        }
        if (fileName.length() > MAX_NAME) {
            throw new EvidenceFileRefusedException(BAD_NAME, "file.name", fileName.substring(0, 40) + "…",
                    "Tên tệp dài quá " + MAX_NAME + " ký tự");
        }
        if (CONTROL.matcher(fileName).find() || fileName.contains("/") || fileName.contains("\\")
                || fileName.contains("..") || fileName.contains(":") || fileName.startsWith(".")) {
            throw new EvidenceFileRefusedException(BAD_NAME, "file.name", CONTROL.matcher(fileName).replaceAll("�"),
                    "Tên tệp không được chứa đường dẫn (/, \\, .., :) hay ký tự điều khiển");
        }
        return fileName.strip();
    }

    private EvidenceFileRefusedException tooLarge(long size) {
        return new EvidenceFileRefusedException(TOO_LARGE, "file.size", size, "Tệp minh chứng vượt quá dung lượng "
                + "tối đa " + megabytes(maxSize));
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " byte";
    }

    /** Refuses to read past the maximum, whatever size was declared. */
    private final class Limited extends FilterInputStream {

        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw tooLarge(count);
            }
        }
    }
}

package org.learningsociety.workflow.problem;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Every kind of refusal the REST API answers, one stable {@code type} URI each
 * ({@value #BASE}{@code <slug>}) and a machine-readable {@code code} beside the Vietnamese
 * {@code detail}. Documented, one by one, in {@code docs/api-problems.md}: a new kind here is a new
 * row there (a test checks it). The engine and security packages answer with these too.
 */
public enum ProblemType {

    INVALID_INPUT(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Chưa đăng nhập"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Không có quyền"),
    OUT_OF_SCOPE(HttpStatus.FORBIDDEN, "Không có quyền"),
    ACTION_FORBIDDEN(HttpStatus.FORBIDDEN, "Vai trò không được phép thực hiện thao tác này"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Không tìm thấy"),
    NO_SUCH_ROUTE(HttpStatus.NOT_FOUND, "Không có địa chỉ này"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Phương thức không được hỗ trợ"),
    ALREADY_EXISTS(HttpStatus.CONFLICT, "Đã có dữ liệu này"),
    CONCURRENT_CHANGE(HttpStatus.CONFLICT, "Xung đột khi thay đổi đồng thời"),
    LOCKED(HttpStatus.CONFLICT, "Xung đột khi thay đổi đồng thời"),
    STATE_CONFLICT(HttpStatus.CONFLICT, "Xung đột với dữ liệu hiện có"),
    TASK_ALREADY_COMPLETED(HttpStatus.CONFLICT, "Công việc đã được hoàn thành"),
    IDEMPOTENCY_KEY_IN_USE(HttpStatus.CONFLICT, "Yêu cầu cùng khoá đang được xử lý"),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_ENTITY, "Khoá chống lặp đã dùng cho yêu cầu khác"),
    FILE_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp quá lớn"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Kiểu nội dung không được hỗ trợ");

    /** The base every problem type URI starts with. */
    public static final String BASE = "https://learning-society.github.io/problems/";

    private final HttpStatus status;
    private final String title;

    ProblemType(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    /** The machine-readable code, as the {@code code} property carries it: the constant's name. */
    public String code() {
        return name();
    }

    /** {@code https://learning-society.github.io/problems/already-exists} for {@code ALREADY_EXISTS}. */
    public URI uri() {
        return URI.create(BASE + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    public HttpStatus status() {
        return status;
    }

    /** The Vietnamese title every problem of this kind carries. */
    public String title() {
        return title;
    }

    /** A problem of this kind: its status, type, title and code, with the Vietnamese {@code detail}. */
    public ProblemDetail problem(String detail, String field, Object value) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(uri());
        problem.setTitle(title);
        problem.setProperty("code", code());
        problem.setProperty("field", field);
        problem.setProperty("value", value == null ? null : String.valueOf(value));
        return problem;
    }

    /** {@link #problem} as a response in {@code application/problem+json}. */
    public ResponseEntity<ProblemDetail> response(String detail, String field, Object value) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(detail, field, value));
    }
}

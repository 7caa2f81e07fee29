package org.learningsociety.workflow.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.learningsociety.core.evidence.EvidenceFileRefusedException;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.referencedata.MalformedDataException;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.workflow.problem.ProblemType;
import org.learningsociety.core.shared.RowsRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.util.UriUtils;

/**
 * Maps the core's exceptions and Spring MVC's input errors to RFC 7807 problem details for the API's
 * controllers: 400 invalid input, 403 out of the caller's units, 404 not found, 409 conflict (also
 * for a database lock or deadlock; the engine's optimistic locking is answered by the engine package's
 * {@code EngineConflictProblems}), 413 and 415 for a refused
 * evidence file. The
 * {@code detail} is Vietnamese and names the field and the value; {@code field} and {@code value}
 * carry them for programs.
 */
@RestControllerAdvice(basePackageClasses = LearningSocietyProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LearningSocietyProblems {

    private static final Logger LOG = LoggerFactory.getLogger(LearningSocietyProblems.class);

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(ProblemType.NOT_FOUND, e.getMessage(), e.field(), e.value());
    }

    /**
     * 409, of the kind the core tells: a record that exists already carries its id ({@code existingId})
     * and, for a {@code POST} to a collection, its address in {@code Location}.
     */
    @ExceptionHandler(ConflictException.class)
    public ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) {
        ProblemType type = switch (e.kind()) {
            case ALREADY_EXISTS -> ProblemType.ALREADY_EXISTS;
            case CONCURRENT_CHANGE -> ProblemType.CONCURRENT_CHANGE;
            case STATE_CONFLICT -> ProblemType.STATE_CONFLICT;
        };
        ResponseEntity<ProblemDetail> answer = problem(type, e.getMessage(), e.field(), e.value());
        if (e.existingId() == null) {
            return answer;
        }
        answer.getBody().setProperty("existingId", e.existingId());
        String collection = request.getRequestURI().substring(request.getContextPath().length());
        if (!"POST".equals(request.getMethod()) || !collection.matches(Pattern.quote(LearningSocietyApi.BASE_PATH)
                + "/[a-z-]+/?")) {
            return answer;
        }
        URI location = URI.create(collection.replaceAll("/$", "") + "/"
                + UriUtils.encodePathSegment(String.valueOf(e.existingId()), StandardCharsets.UTF_8));
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).location(location)
                .body(answer.getBody());
    }

    @ExceptionHandler(InvalidInputException.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(ProblemType.INVALID_INPUT, e.getMessage(), e.field(), e.value());
    }

    /**
     * A plan's YAML refused by the checks of the reference data's files: 400 naming the field by its path
     * in the file ({@code targets[3].value}) and, in {@code value}, the line.
     */
    @ExceptionHandler(MalformedDataException.class)
    public ResponseEntity<ProblemDetail> malformed(MalformedDataException e) {
        String field = e.field() == null ? "yaml" : e.field();
        return problem(ProblemType.INVALID_INPUT, e.field() == null ? e.getMessage() + " (trường: yaml)"
                : e.getMessage(), field, "dòng " + e.line());
    }

    /** A village's list refused as a whole: 400, each refused row in {@code rows} ({@code row, field, value, detail}). */
    @ExceptionHandler(RowsRefusedException.class)
    public ResponseEntity<ProblemDetail> rowsRefused(RowsRefusedException e) {
        ResponseEntity<ProblemDetail> response = invalid(e);
        response.getBody().setProperty("rows", e.rows());
        return response;
    }

    /** A refused evidence file: 413 too large, 415 not PDF/JPEG/PNG, else 400. */
    @ExceptionHandler(EvidenceFileRefusedException.class)
    public ResponseEntity<ProblemDetail> refusedFile(EvidenceFileRefusedException e) {
        return switch (e.reason()) {
            case TOO_LARGE -> problem(ProblemType.FILE_TOO_LARGE, e.getMessage(), e.field(), e.value());
            case WRONG_TYPE -> problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), e.field(), e.value());
            default -> problem(ProblemType.INVALID_INPUT, e.getMessage(), e.field(), e.value());
        };
    }

    /** Over Spring's multipart limit, when the request was read lazily inside a controller. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
        long max = e.getMaxUploadSize();
        return problem(ProblemType.FILE_TOO_LARGE, "Tệp tải lên vượt quá dung lượng tối đa máy chủ "
                + "cho phép" + (max > 0 ? " (" + max + " byte)" : "") + " (trường: file, giá trị: không rõ)", "file", null);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    public ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return problem(ProblemType.INVALID_INPUT, "Thiếu phần bắt buộc của biểu mẫu tải lên "
                + "(trường: " + e.getRequestPartName() + ", giá trị: null)", e.getRequestPartName(), null);
    }

    /** An upload that is no multipart request (415), or one that cannot be read (400). */
    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Nội dung phải là "
                    + "multipart/form-data (trường: Content-Type, giá trị: " + type + ")", "Content-Type", type);
        }
        return problem(ProblemType.INVALID_INPUT, "Nội dung multipart/form-data không đọc "
                + "được (trường: body, giá trị: không đọc được)", "body", null);
    }

    /**
     * A database lock not obtained in time, or a deadlock the database broke by rolling this request
     * back: someone else changed the same records at the same moment. Nothing of this request was
     * written; it may be sent again.
     */
    @ExceptionHandler({PessimisticLockingFailureException.class, ConcurrencyFailureException.class})
    public ResponseEntity<ProblemDetail> locked(RuntimeException e) {
        LOG.info("409 after a lock conflict: {}", e.toString());
        return problem(ProblemType.LOCKED, "Dữ liệu này đang được người khác "
                + "thay đổi cùng lúc; thao tác chưa được ghi, vui lòng thử lại sau giây lát (trường: body, giá trị: "
                + "khoá dữ liệu)", "body", null);
    }

    @ExceptionHandler(ActionForbiddenException.class)
    public ResponseEntity<ProblemDetail> actionForbidden(ActionForbiddenException e) {
        return problem(ProblemType.ACTION_FORBIDDEN, e.getMessage() + " (trường: " + e.field()
                + ", giá trị: " + e.value() + ")", e.field(), e.value());
    }

    /**
     * Not the body answering for a plan task: the action is the caller's role's, this item is not its
     * body's (as a unit out of reach), so {@code out-of-scope}, not {@code action-forbidden}.
     */
    @ExceptionHandler(org.learningsociety.core.plantask.NotResponsibleException.class)
    public ResponseEntity<ProblemDetail> notResponsible(org.learningsociety.core.plantask.NotResponsibleException e) {
        return problem(ProblemType.OUT_OF_SCOPE, e.getMessage() + " (trường: " + e.field()
                + ", giá trị: " + e.value() + ")", e.field(), e.value());
    }

    @ExceptionHandler(OutOfScopeException.class)
    public ResponseEntity<ProblemDetail> outOfScope(OutOfScopeException e) {
        return problem(ProblemType.OUT_OF_SCOPE, e.getMessage() + " (trường: " + e.field()
                + ", giá trị: " + e.value() + ")", e.field(), e.value());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalidValue(e.getName(), e.getValue(), e.getRequiredType());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problem(ProblemType.INVALID_INPUT, "Thiếu tham số bắt buộc (trường: "
                + e.getParameterName() + ", giá trị: null)", e.getParameterName(), null);
    }

    /** A path variable that is blank after conversion, a missing header, and other binding failures. */
    @ExceptionHandler(ServletRequestBindingException.class)
    public ResponseEntity<ProblemDetail> binding(ServletRequestBindingException e) {
        String field = e instanceof MissingPathVariableException path ? path.getVariableName() : "request";
        return problem(ProblemType.INVALID_INPUT, "Thiếu hoặc sai giá trị bắt buộc trên địa chỉ "
                + "hoặc trong yêu cầu (trường: " + field + ", giá trị: không đọc được)", field, null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof InvalidFormatException format) {
            return invalidValue(path(format), format.getValue(), format.getTargetType());
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return problem(ProblemType.INVALID_INPUT, "Giá trị không đúng kiểu (trường: "
                    + path(mapping) + ", giá trị: không đọc được)", path(mapping), null);
        }
        String location = e.getCause() instanceof JsonProcessingException json && json.getLocation() != null
                ? " tại dòng " + json.getLocation().getLineNr() + ", cột " + json.getLocation().getColumnNr() : "";
        return problem(ProblemType.INVALID_INPUT,
                "Nội dung yêu cầu không phải JSON hợp lệ" + location + " (trường: body, giá trị: không đọc được)",
                "body", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        String expected = e.getSupportedMediaTypes().isEmpty() ? "application/json"
                : e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Nội dung phải là " + expected + " (trường: Content-Type, giá trị: " + e.getContentType() + ")",
                "Content-Type", String.valueOf(e.getContentType()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(ProblemType.METHOD_NOT_ALLOWED,
                "Địa chỉ này không nhận phương thức " + e.getMethod() + " (trường: method, giá trị: " + e.getMethod()
                        + ")", "method", e.getMethod());
    }

    private static ResponseEntity<ProblemDetail> invalidValue(String field, Object value, Class<?> type) {
        String expected;
        if (type != null && type.isEnum()) {
            expected = "phải là một trong " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        } else if (type != null && java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            expected = "ngày phải có dạng NNNN-TT-NN, ví dụ 2026-01-31";
        } else if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
            expected = "phải là một số nguyên";
        } else {
            expected = "không đúng kiểu";
        }
        return problem(ProblemType.INVALID_INPUT, "Giá trị không hợp lệ, " + expected
                + " (trường: " + field + ", giá trị: " + value + ")", field, value);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemType type, String detail, String field, Object value) {
        LOG.debug("{} {}: {}", type.status().value(), type.code(), detail);
        return type.response(detail, field, value);
    }

    /**
     * For a handler whose refusal has no kind of its own yet: the kind this status stands for most
     * often ({@code INVALID_INPUT} for 400, {@code STATE_CONFLICT} for 409 …), with the given title.
     */
    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, String field,
            Object value) {
        ProblemType type = switch (status) {
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case CONFLICT -> ProblemType.STATE_CONFLICT;
            case FORBIDDEN -> ProblemType.OUT_OF_SCOPE;
            case PAYLOAD_TOO_LARGE -> ProblemType.FILE_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case METHOD_NOT_ALLOWED -> ProblemType.METHOD_NOT_ALLOWED;
            default -> ProblemType.INVALID_INPUT;
        };
        LOG.debug("{} {}: {}", status.value(), type.code(), detail);
        ProblemDetail problem = type.problem(detail, field, value);
        problem.setStatus(status.value());
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

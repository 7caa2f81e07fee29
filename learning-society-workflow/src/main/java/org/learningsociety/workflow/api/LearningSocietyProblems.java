package org.learningsociety.workflow.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Maps the core's exceptions and Spring MVC's input errors to RFC 7807 problem details for the API's
 * controllers: 400 invalid input, 403 out of the caller's units, 404 not found, 409 conflict. The
 * {@code detail} is Vietnamese and names the field and the value; {@code field} and {@code value}
 * carry them for programs.
 */
@RestControllerAdvice(basePackageClasses = LearningSocietyProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LearningSocietyProblems {

    private static final Logger LOG = LoggerFactory.getLogger(LearningSocietyProblems.class);

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", e.getMessage(), e.field(), e.value());
    }

    @ExceptionHandler(ConflictException.class)
    public ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Xung đột với dữ liệu hiện có", e.getMessage(), e.field(), e.value());
    }

    @ExceptionHandler(InvalidInputException.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", e.getMessage(), e.field(), e.value());
    }

    @ExceptionHandler(OutOfScopeException.class)
    public ResponseEntity<ProblemDetail> outOfScope(OutOfScopeException e) {
        return problem(HttpStatus.FORBIDDEN, "Không có quyền", e.getMessage() + " (trường: " + e.field()
                + ", giá trị: " + e.value() + ")", e.field(), e.value());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalidValue(e.getName(), e.getValue(), e.getRequiredType());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", "Thiếu tham số bắt buộc (trường: "
                + e.getParameterName() + ", giá trị: null)", e.getParameterName(), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof InvalidFormatException format) {
            return invalidValue(path(format), format.getValue(), format.getTargetType());
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", "Giá trị không đúng kiểu (trường: "
                    + path(mapping) + ", giá trị: không đọc được)", path(mapping), null);
        }
        String location = e.getCause() instanceof JsonProcessingException json && json.getLocation() != null
                ? " tại dòng " + json.getLocation().getLineNr() + ", cột " + json.getLocation().getColumnNr() : "";
        return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ",
                "Nội dung yêu cầu không phải JSON hợp lệ" + location + " (trường: body, giá trị: không đọc được)",
                "body", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Kiểu nội dung không được hỗ trợ",
                "Nội dung phải là application/json (trường: Content-Type, giá trị: " + e.getContentType() + ")",
                "Content-Type", String.valueOf(e.getContentType()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "Phương thức không được hỗ trợ",
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
        return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", "Giá trị không hợp lệ, " + expected
                + " (trường: " + field + ", giá trị: " + value + ")", field, value);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, String field,
            Object value) {
        if (status.is4xxClientError()) {
            LOG.debug("{}: {}", status.value(), detail);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("field", field);
        problem.setProperty("value", value == null ? null : String.valueOf(value));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

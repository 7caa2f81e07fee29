package org.learningsociety.workflow.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import org.learningsociety.workflow.problem.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address under the API that no controller answers, or answers with another method or content
 * type, fails while Spring picks a controller: {@link LearningSocietyProblems} does not apply, and
 * Spring Boot's {@code /error} would answer in its own JSON. This resolver answers them under the
 * API's path with the API's Vietnamese problems: 404 {@code NO_SUCH_ROUTE}, 405
 * {@code METHOD_NOT_ALLOWED} (with {@code Allow}), 415 {@code UNSUPPORTED_MEDIA_TYPE}. Other paths,
 * the host application's own, are left alone.
 */
public class RoutingProblems implements HandlerExceptionResolver, Ordered {

    private final ObjectMapper json;

    public RoutingProblems(ObjectMapper json) {
        this.json = Objects.requireNonNull(json);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // with one of the API's controllers chosen, LearningSocietyProblems answers
        if (handler instanceof HandlerMethod || !(path.equals(LearningSocietyApi.BASE_PATH)
                || path.startsWith(LearningSocietyApi.BASE_PATH + "/"))) {
            return null;
        }
        ProblemDetail problem;
        String allow = null;
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException
                || handler != null && ex instanceof HttpRequestMethodNotSupportedException) {
            // a static-resource handler caught the address (it takes GET only): no route, whatever the method
            problem = ProblemType.NO_SUCH_ROUTE.problem("Không có địa chỉ này trong API (trường: path, giá trị: "
                    + path + ")", "path", path);
        } else if (ex instanceof HttpRequestMethodNotSupportedException method) {
            problem = ProblemType.METHOD_NOT_ALLOWED.problem("Địa chỉ này không nhận phương thức " + method.getMethod()
                    + (method.getSupportedMethods() == null ? "" : "; chỉ nhận " + String.join(", ",
                    method.getSupportedMethods())) + " (trường: method, giá trị: " + method.getMethod() + ")",
                    "method", method.getMethod());
            allow = method.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
        } else if (ex instanceof HttpMediaTypeNotSupportedException media) {
            String expected = media.getSupportedMediaTypes().isEmpty() ? "application/json"
                    : media.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
            problem = ProblemType.UNSUPPORTED_MEDIA_TYPE.problem("Nội dung phải là " + expected + " (trường: "
                    + "Content-Type, giá trị: " + media.getContentType() + ")", "Content-Type", media.getContentType());
        } else {
            return null;
        }
        try {
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException notAUri) {
            // an address with characters a URI may not hold: the problem goes without its instance
        }
        try {
            response.setStatus(problem.getStatus());
            if (allow != null && !allow.isEmpty()) {
                response.setHeader(HttpHeaders.ALLOW, allow);
            }
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(json.writeValueAsBytes(problem));
            response.flushBuffer();
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }
}

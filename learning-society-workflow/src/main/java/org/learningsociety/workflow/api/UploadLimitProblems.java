package org.learningsociety.workflow.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.learningsociety.workflow.problem.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring's {@code DispatcherServlet} reads a multipart request before it picks a controller, so an
 * upload over {@code spring.servlet.multipart.max-file-size} (or a broken multipart body) fails with
 * no controller in sight, where {@link LearningSocietyProblems} does not apply, and would be answered
 * in English. This resolver answers such failures under the API's path with the API's Vietnamese
 * problem: 413 for a file too large, 400 for a body that cannot be read. Other paths are left alone.
 */
public class UploadLimitProblems implements HandlerExceptionResolver, Ordered {

    private final ObjectMapper json;

    public UploadLimitProblems(ObjectMapper json) {
        this.json = Objects.requireNonNull(json);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        // with a controller chosen, LearningSocietyProblems answers
        if (handler != null || !(ex instanceof MultipartException) || !request.getRequestURI().startsWith(
                request.getContextPath() + LearningSocietyApi.BASE_PATH)) {
            return null;
        }
        ProblemDetail problem;
        if (ex instanceof MaxUploadSizeExceededException tooLarge) {
            long max = tooLarge.getMaxUploadSize();
            problem = ProblemType.FILE_TOO_LARGE.problem("Tệp tải lên vượt quá dung lượng "
                    + "tối đa máy chủ cho phép" + (max > 0 ? " (" + max + " byte)" : "") + " (trường: file, giá trị: "
                    + (request.getContentLengthLong() >= 0 ? request.getContentLengthLong() + " byte" : "không rõ") + ")",
                    "file", null);
        } else {
            problem = ProblemType.INVALID_INPUT.problem("Nội dung multipart/form-data không đọc "
                    + "được (trường: body, giá trị: không đọc được)", "body", null);
        }
        try {
            response.setStatus(problem.getStatus());
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

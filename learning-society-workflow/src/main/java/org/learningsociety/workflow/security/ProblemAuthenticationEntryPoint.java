package org.learningsociety.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.learningsociety.workflow.problem.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers the API's unauthenticated (401, with an HTTP basic challenge) and forbidden (403) calls as
 * RFC 7807 problem details in Vietnamese, like the API's other errors.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler,
        org.springframework.security.web.firewall.RequestRejectedHandler {

    private final String realm;

    public ProblemAuthenticationEntryPoint(String realm) {
        this.realm = realm;
    }

    /** The realm of the challenge. */
    String realm() {
        return realm;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
        write(response, ProblemType.UNAUTHENTICATED,
                "Cần đăng nhập bằng tài khoản cán bộ (HTTP Basic) (trường: Authorization, giá trị: "
                        + (request.getHeader("Authorization") == null ? "không có" : "không hợp lệ") + ")",
                "Authorization");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        write(response, ProblemType.FORBIDDEN, "Tài khoản không có quyền truy cập địa chỉ này (trường: path, giá trị: "
                + request.getRequestURI() + ")", "path");
    }

    /**
     * Spring Security's firewall refuses some addresses before anything else runs (an encoded percent,
     * slash or dot segment, a control character): under the API a Vietnamese 400, elsewhere the bare
     * 400 Spring Security answers by default.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.web.firewall.RequestRejectedException rejected) throws IOException {
        String path = request.getRequestURI() == null ? "" : request.getRequestURI();
        if (!path.startsWith(request.getContextPath() + org.learningsociety.workflow.api.LearningSocietyApi.BASE_PATH)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        write(response, ProblemType.INVALID_INPUT, "Địa chỉ yêu cầu chứa ký tự hoặc đoạn không được phép "
                + "(trường: path, giá trị: bị từ chối)", "path");
    }

    static void write(HttpServletResponse response, ProblemType type, String detail, String field)
            throws IOException {
        int status = type.status().value();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":" + json(type.uri().toString()) + ",\"title\":" + json(type.title())
                + ",\"status\":" + status + ",\"detail\":" + json(detail) + ",\"code\":" + json(type.code())
                + ",\"field\":" + json(field) + "}");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

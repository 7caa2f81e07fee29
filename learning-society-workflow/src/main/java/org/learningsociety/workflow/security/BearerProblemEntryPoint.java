package org.learningsociety.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.learningsociety.workflow.problem.ProblemType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The API's 401 in JWT mode: the {@code WWW-Authenticate: Bearer} challenge of RFC 6750 as Spring
 * Security writes it ({@code error="invalid_token"} and its description for a token refused), and the
 * problem details in Vietnamese the API answers with otherwise. No redirect to a login page.
 */
class BearerProblemEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

    BearerProblemEntryPoint(String realm) {
        challenge.setRealmName(realm);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        challenge.commence(request, response, authException);
        ProblemAuthenticationEntryPoint.write(response, ProblemType.UNAUTHENTICATED,
                "Cần đăng nhập bằng mã truy cập (Bearer) của cán bộ, do hệ thống đăng nhập của cổng cấp "
                        + "(trường: Authorization, giá trị: " + (request.getHeader("Authorization") == null
                        ? "không có" : "không hợp lệ, sai chữ ký hoặc đã hết hạn") + ")",
                "Authorization");
    }
}

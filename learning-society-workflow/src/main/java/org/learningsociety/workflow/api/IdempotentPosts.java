package org.learningsociety.workflow.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.learningsociety.core.retry.IdempotencyKeys;
import org.learningsociety.core.retry.IdempotencyKeys.IdempotencyKey;
import org.learningsociety.core.retry.IdempotencyKeys.KeptAnswer;
import org.learningsociety.core.retry.IdempotencyKeys.KeptRequest;
import org.learningsociety.workflow.problem.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A {@code POST} under the API with an {@code Idempotency-Key} header runs once: the key, scoped to
 * the caller and the method and path, is claimed in {@link IdempotencyKeys} before the request runs,
 * with the fingerprint of its body; the answer is kept, and the same request sent again gets it again
 * (status, {@code Location}, {@code Content-Type}, body, and {@code Idempotency-Replayed: true})
 * without running. The same key with another body is refused ({@code IDEMPOTENCY_KEY_REUSED}, 422);
 * while the first is still running, a second gets {@code IDEMPOTENCY_KEY_IN_USE} (409). Answers a
 * retry may change (401, 403, 409, 429, 5xx) are not kept: the key is given up, and a retry runs
 * again. Keys are forgotten a day after they were claimed. Runs after Spring Security's filters, so
 * that the caller is known and an unauthenticated request claims nothing.
 */
public class IdempotentPosts extends OncePerRequestFilter {

    /** The header a caller names its request with. */
    public static final String HEADER = "Idempotency-Key";
    /** The header a repeated answer carries. */
    public static final String REPLAYED = "Idempotency-Replayed";
    /** How long a key is kept. */
    public static final Duration KEPT_FOR = Duration.ofHours(24);

    private static final Logger LOG = LoggerFactory.getLogger(IdempotentPosts.class);
    private static final int MAX_KEY_LENGTH = 255;
    private static final Duration FORGET_EVERY = Duration.ofMinutes(10);

    private final IdempotencyKeys keys;
    private final ObjectMapper json;
    private final Clock clock;
    private final AtomicReference<Instant> lastForgotten = new AtomicReference<>(Instant.MIN);

    public IdempotentPosts(IdempotencyKeys keys, ObjectMapper json, Clock clock) {
        this.keys = Objects.requireNonNull(keys);
        this.json = Objects.requireNonNull(json);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !path.startsWith(LearningSocietyApi.BASE_PATH + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            write(response, ProblemType.INVALID_INPUT.problem("Khoá chống lặp phải có từ 1 đến " + MAX_KEY_LENGTH
                    + " ký tự (trường: " + HEADER + ", giá trị: " + key.length() + " ký tự)", HEADER, key));
            return;
        }
        HttpServletRequest passed;
        String fingerprint;
        try {
            if (isForm(request)) {
                // the container reads the body into parts or parameters, which the controller reads again
                passed = request;
                fingerprint = fingerprint(request, formContent(request));
            } else {
                byte[] body = request.getInputStream().readAllBytes();
                passed = new ReadAgain(request, body);
                fingerprint = fingerprint(request, body);
            }
        } catch (IOException | ServletException | IllegalStateException unreadable) {
            // a body the container cannot read (a multipart over its limits): the controllers' problems answer it
            LOG.debug("POST with {} not read for its fingerprint: {}", HEADER, unreadable.toString());
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        forgetOldKeys(now);
        IdempotencyKey id = new IdempotencyKey(caller(request), "POST " + path(request), key);
        if (!keys.claim(id, fingerprint, now)) {
            answerAgain(id, fingerprint, key, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(passed, answer);
            if (keeps(answer.getStatus(), answer.getContentSize())) {
                keys.answer(id, new KeptAnswer(answer.getStatus(), answer.getContentType(),
                        answer.getHeader(HttpHeaders.LOCATION), answer.getContentAsByteArray()));
                kept = true;
            }
        } finally {
            if (!kept) {
                try {
                    keys.release(id);
                } catch (RuntimeException e) {
                    LOG.warn("{} {} not given up; a retry with it waits until it is forgotten", HEADER, key, e);
                }
            }
            answer.copyBodyToResponse();
        }
    }

    private void answerAgain(IdempotencyKey id, String fingerprint, String key, HttpServletResponse response)
            throws IOException {
        KeptRequest kept = keys.find(id).orElse(null);
        if (kept != null && !kept.fingerprint().equals(fingerprint)) {
            write(response, ProblemType.IDEMPOTENCY_KEY_REUSED.problem("Khoá chống lặp này đã được dùng cho một yêu "
                    + "cầu khác; mỗi yêu cầu mới cần một khoá mới (trường: " + HEADER + ", giá trị: " + key + ")",
                    HEADER, key));
            return;
        }
        if (kept == null || kept.answer() == null) {
            write(response, ProblemType.IDEMPOTENCY_KEY_IN_USE.problem("Yêu cầu với khoá chống lặp này đang được "
                    + "xử lý; vui lòng chờ giây lát rồi gửi lại (trường: " + HEADER + ", giá trị: " + key + ")",
                    HEADER, key));
            return;
        }
        KeptAnswer answer = kept.answer();
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setHeader(REPLAYED, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
        response.flushBuffer();
    }

    /** Whether an answer is kept: not one a retry may change, nor one an error page will write later. */
    private static boolean keeps(int status, int bodySize) {
        if (status >= 500 || status == 401 || status == 403 || status == 409 || status == 429) {
            return false;
        }
        return status < 400 || bodySize > 0;
    }

    private void forgetOldKeys(Instant now) {
        Instant last = lastForgotten.get();
        if (last.plus(FORGET_EVERY).isBefore(now) && lastForgotten.compareAndSet(last, now)) {
            try {
                int forgotten = keys.forgetBefore(now.minus(KEPT_FOR));
                LOG.debug("{} idempotency keys older than {} forgotten", forgotten, KEPT_FOR);
            } catch (RuntimeException e) {
                LOG.warn("Idempotency keys older than {} not forgotten", KEPT_FOR, e);
            }
        }
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
        response.flushBuffer();
    }

    private static String caller(HttpServletRequest request) {
        return request.getRemoteUser() == null ? "" : request.getRemoteUser();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("multipart/") || lower.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    /** A form's fields and files, in a stable order, as bytes to fingerprint. */
    private static byte[] formContent(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = sha256();
        Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
        parameters.forEach((name, values) -> {
            digest.update(("p:" + name + "=" + String.join("\u0000", values) + "\n").getBytes(StandardCharsets.UTF_8));
        });
        if (request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            Map<String, Part> parts = new TreeMap<>();
            for (Part part : request.getParts()) {
                parts.put(part.getName() + "\u0000" + part.getSubmittedFileName(), part);
            }
            for (Map.Entry<String, Part> part : parts.entrySet()) {
                digest.update(("f:" + part.getKey() + ":" + part.getValue().getContentType() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                try (InputStream content = part.getValue().getInputStream()) {
                    digest.update(content.readAllBytes());
                }
            }
        }
        return digest.digest();
    }

    /** The request's query and body, and the type it says its body is, as a SHA-256 in hex. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        MessageDigest digest = sha256();
        digest.update((String.valueOf(request.getQueryString()) + "\n" + String.valueOf(request.getContentType())
                + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The request with its body, read once for the fingerprint, to be read again by the controller. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}

package com.bank.complaints.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, every request that needed it (logging in checks the password against
 * the database, so nearly all do) answers 503 with Retry-After instead of a 500 or a wrong 401: the caller
 * knows nothing was stored and when to come back. It wraps Spring Security, whose filters would otherwise let
 * the failure escape as a 500. Controllers' own failures reach ApiExceptionHandler first, which answers alike.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Complaint Desk: try again shortly</title></head>
            <body><h1>Try again in %1$d seconds / 请%1$d秒后重试</h1>
            <p>The complaint desk cannot reach its database just now; nothing was stored or changed.</p>
            <p>投诉工作台暂时无法连接数据库，您的操作未被保存或执行，请稍后重试。</p></body></html>
            """.formatted(DatabaseUnavailable.RETRY_AFTER_SECONDS);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warn("{} {} answered 503: the database cannot be reached ({})", request.getMethod(),
                    request.getRequestURI(), e.toString());
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
            } else {
                ProblemResponse.send(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL);
            }
        }
    }
}

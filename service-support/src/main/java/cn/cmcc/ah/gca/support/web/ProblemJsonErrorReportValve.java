package cn.cmcc.ah.gca.support.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The servlet container answers some requests itself, before any filter or controller runs (a request line or header
 * it cannot parse, headers too large, {@code TRACE}). Tomcat's own valve would answer those in HTML; this one answers
 * problem+json like the rest of the API. It cannot reach the application's message bundles, so it carries the few
 * texts it needs itself.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int statusCode = response.getStatus();
        if (statusCode < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(statusCode);
        if (status == null) {
            status = statusCode >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        boolean english = Messages.localeOf(request.getHeader("Accept-Language")) == Locale.ENGLISH;
        String code = ContainerErrors.codeFor(status);
        String json = "{\"type\":\"urn:gca:problem:" + code + "\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail(status, english)
                + "\",\"code\":\"" + code + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response is already committed; nothing more can be said
        }
    }

    private static String detail(HttpStatus status, boolean english) {
        return switch (status) {
            case METHOD_NOT_ALLOWED -> english ? "This method is not supported here." : "此地址不支持该请求方法。";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> english ? "The request headers are too large."
                    : "请求头过大。";
            case URI_TOO_LONG -> english ? "The request address is too long." : "请求地址过长。";
            case PAYLOAD_TOO_LARGE -> english ? "The request body is too large." : "请求体过大。";
            case NOT_FOUND -> english ? "There is nothing at this address." : "该地址不存在。";
            default -> status.is4xxClientError()
                    ? (english ? "The request is malformed and could not be read." : "请求格式有误，无法解析。")
                    : (english ? "Internal error; nothing was changed." : "服务内部错误，操作未生效。");
        };
    }
}

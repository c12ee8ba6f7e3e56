package cn.cmcc.ah.gca.sla.calendar;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** GET and PUT on one sla-monitor instance with real tokens (the kit's Http client has no PUT). */
final class CalendarHttp {

    static final String CUSTOMER_GROUP = "5510001234";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    CalendarHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    static String token(Department department) {
        return department == Department.CUSTOMER ? TestTokens.customer(CUSTOMER_GROUP) : TestTokens.bearer(department);
    }

    Http.Response get(String path, Department department) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), department, null);
    }

    Http.Response get(String path, Department department, String language) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), department, language);
    }

    Http.Response put(String path, Department department, String json) {
        return put(path, department, json, null);
    }

    Http.Response put(String path, Department department, String json, String language) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), department, language);
    }

    private static Http.Response send(HttpRequest.Builder request, Department department, String language) {
        request.timeout(Duration.ofSeconds(30)).header("Authorization", token(department));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            return new Http.Response(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package cn.cmcc.ah.gca.sla.web;

import cn.cmcc.ah.gca.support.test.Http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Calls of the rules API over real HTTP, PUT included (the kit's {@link Http} has GET and POST). */
final class RulesCalls {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    RulesCalls(int port) {
        this.port = port;
    }

    Http.Response get(String token) {
        return send("GET", "/api/sla/rules", token, null, null, null);
    }

    Http.Response put(String token, String contentType, String body) {
        return send("PUT", "/api/sla/rules", token, contentType, body, null);
    }

    Http.Response put(String token, String contentType, String body, String language) {
        return send("PUT", "/api/sla/rules", token, contentType, body, language);
    }

    Http.Response reload(String token) {
        return send("POST", "/api/sla/rules/reload", token, null, null, null);
    }

    private Http.Response send(String method, String path, String token, String contentType, String body,
                               String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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

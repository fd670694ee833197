package com.bank.complaints;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loopback HTTP calls to a node started on a port of this machine, as one of the demo users (HTTP Basic), for
 * tests and benchmarks that drive a node of their own rather than the test context's.
 */
public final class LoopbackHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    public LoopbackHttp(int port, String user) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + Desk.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Posts the body as JSON and returns the answer, whatever its status. */
    public HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        return client.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the body as JSON; an answer other than {@code expected} throws. */
    public String post(String path, Object body, int expected) throws IOException, InterruptedException {
        return expect(post(path, body), expected);
    }

    /** An answer other than {@code expected} throws. */
    public String get(String path, int expected) throws IOException, InterruptedException {
        return expect(client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()), expected);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization);
    }

    private static String expect(HttpResponse<String> response, int expected) throws IOException {
        if (response.statusCode() != expected) {
            throw new IOException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response.body();
    }
}

package io.oneshelf.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: JSON in, {@link Reply} out. */
public final class Api {

    static final JsonMapper json = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public Api(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** Signs in and returns the access token. */
    public String login(String login, String password) {
        Reply reply = send("POST", "/api/v1/auth/login", null, Map.of("login", login, "password", password), null);
        if (reply.status() != 200) {
            throw new AssertionError("login of " + login + " failed: " + reply);
        }
        return reply.body().get("accessToken").asString();
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    /** A mutating call with a fresh idempotency key. */
    public Reply post(String path, String token, Object body) {
        return send("POST", path, token, body, UUID.randomUUID().toString());
    }

    public Reply put(String path, String token, Object body) {
        return send("PUT", path, token, body, UUID.randomUUID().toString());
    }

    public Reply send(String method, String path, String token, Object body, String idempotencyKey) {
        if (body instanceof Upload upload) {
            return upload(method, path, token, upload, idempotencyKey);
        }
        return send(method, path, token, body == null ? null : json.writeValueAsString(body), idempotencyKey,
                Map.of());
    }

    /** A file sent as the part {@code file} of a multipart/form-data body. */
    public record Upload(String fileName, byte[] content) {

        @Override
        public String toString() {
            return "Upload[" + fileName + ", " + new String(content, java.nio.charset.StandardCharsets.UTF_8) + "]";
        }
    }

    /** Uploads a file with a fresh idempotency key. */
    public Reply upload(String path, String token, String fileName, byte[] content) {
        return upload("POST", path, token, new Upload(fileName, content), UUID.randomUUID().toString());
    }

    public Reply upload(String method, String path, String token, Upload upload, String idempotencyKey) {
        String boundary = "----oneshelf" + UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                         + upload.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(upload.content());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return exchange(request);
    }

    /** A GET whose answer is a file: status and bytes. */
    public HttpResponse<byte[]> download(String path, String token, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Authorization", "Bearer " + token).header("Accept-Language", language);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply send(String method, String path, String token, String rawBody, String idempotencyKey,
                      Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, rawBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(rawBody))
                .header("Accept", "application/json, application/problem+json");
        if (rawBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        headers.forEach(request::setHeader);
        return exchange(request);
    }

    private Reply exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return json.nullNode();
        }
        try {
            return json.readTree(body);
        } catch (RuntimeException e) {
            return json.nullNode();
        }
    }

    /** What the server answered. */
    public record Reply(int status, Map<String, java.util.List<String>> headers, String raw, JsonNode body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String id() {
            return body.get("id").asString();
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }
}

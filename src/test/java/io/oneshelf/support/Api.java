package io.oneshelf.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: JSON in, {@link Reply} out. */
public final class Api {

    /**
     * The tests read server messages in English unless they ask for another language (a header given to a call
     * replaces this one); without the header the server would answer in the brand's default, Chinese.
     */
    static final String LANGUAGE = "en";

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
        if (body instanceof Multipart multipart) {
            return sendMultipart(method, path, token, multipart, idempotencyKey);
        }
        if (body instanceof Upload upload) {
            return upload(method, path, token, upload, idempotencyKey);
        }
        return send(method, path, token, body == null ? null : json.writeValueAsString(body), idempotencyKey,
                Map.of());
    }

    /** A file sent as the part {@code file} of a multipart/form-data body (import sheets). */
    public record Upload(String fileName, byte[] content) {

        @Override
        public String toString() {
            return "Upload[" + fileName + ", " + new String(content, StandardCharsets.UTF_8) + "]";
        }
    }

    /** Uploads a sheet with a fresh idempotency key. */
    public Reply upload(String path, String token, String fileName, byte[] content) {
        return upload("POST", path, token, new Upload(fileName, content), UUID.randomUUID().toString());
    }

    public Reply upload(String method, String path, String token, Upload upload, String idempotencyKey) {
        return sendMultipart(method, path, token, Multipart.file(upload.fileName(), "application/octet-stream",
                upload.content()), idempotencyKey);
    }

    /** Uploads a file (multipart/form-data, part "file") with a fresh idempotency key. */
    public Reply upload(String path, String token, Multipart body) {
        return sendMultipart("POST", path, token, body, UUID.randomUUID().toString());
    }

    /** Sends a multipart/form-data body under a fresh random boundary, as a browser would. */
    public Reply sendMultipart(String method, String path, String token, Multipart body, String idempotencyKey) {
        String boundary = "----oneshelf" + UUID.randomUUID().toString().replace("-", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.encode(boundary)))
                .header("Accept", "application/json, application/problem+json")
                .setHeader("Accept-Language", LANGUAGE)
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
        return bytes(path, Map.of("Authorization", "Bearer " + token, "Accept-Language", language));
    }

    /** Fetches raw bytes (pictures), with optional request headers. */
    public HttpResponse<byte[]> bytes(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::setHeader);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Traffic.record("GET", response.uri().getRawPath(), response.statusCode());
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data body: one file part and plain fields. */
    public record Multipart(String partName, String fileName, String contentType, byte[] content,
                            Map<String, String> fields) {

        public static Multipart file(String fileName, String contentType, byte[] content) {
            return new Multipart("file", fileName, contentType, content, Map.of());
        }

        public Multipart with(String field, String value) {
            Map<String, String> more = new LinkedHashMap<>(fields);
            more.put(field, value);
            return new Multipart(partName, fileName, contentType, content, more);
        }

        public byte[] encode(String boundary) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data;"
                    + " name=\"" + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        @Override
        public String toString() {
            return "Multipart[" + partName + "=" + fileName + " (" + content.length + " bytes), " + fields + "]";
        }
    }

    public Reply send(String method, String path, String token, String rawBody, String idempotencyKey,
                      Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, rawBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(rawBody))
                .header("Accept", "application/json, application/problem+json")
                .setHeader("Accept-Language", LANGUAGE);
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

    /**
     * A JSON call without Accept-Language (and a fresh idempotency key when it is not a GET): the server answers
     * in the caller's brand's default language.
     */
    public Reply sendWithoutLanguage(String method, String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .header("Accept", "application/json, application/problem+json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (!method.equals("GET")) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return exchange(request);
    }

    /** Sends raw bytes as they are (a signed upload must arrive byte for byte as it was signed). */
    public Reply sendBytes(String method, String path, byte[] body, String idempotencyKey,
                           Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Accept", "application/json, application/problem+json")
                .setHeader("Accept-Language", LANGUAGE);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        headers.forEach(request::setHeader);
        return exchange(request);
    }

    private Reply exchange(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Traffic.record(request.method(), request.uri().getRawPath(), response.statusCode());
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

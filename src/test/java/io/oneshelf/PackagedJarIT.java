package io.oneshelf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import io.oneshelf.support.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged jar as a newcomer or an operator would ({@code java -jar}), with its own runtime classpath
 * rather than the tests' one. The unit and API tests run on the test classpath, which holds every test
 * dependency too: a runtime library that only a test dependency brings (once, springdoc's Jackson time module)
 * passes them all and still leaves the jar unable to start. Run by failsafe after {@code package}.
 */
class PackagedJarIT {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path data;

    @Test
    void the_packaged_jar_starts_and_serves_the_api_its_description_and_the_console() throws Exception {
        Path jar = Path.of("target", "oneshelf-0.1.0-SNAPSHOT.jar");
        assertThat(jar).as("the jar made by package").exists();
        int port = freePort();
        Path log = data.resolve("server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--oneshelf.embedded-db.data-dir=" + data.resolve("db"), "--oneshelf.embedded-db.port=0",
                "--oneshelf.embedded-db.durable=false"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            assertThat(waitForHealth(http, base, server)).as("health; server log:\n" + tail(log)).isEqualTo(200);
            HttpResponse<String> spec = get(http, base + "/api/openapi.json");
            assertThat(spec.statusCode()).as(tail(log)).isEqualTo(200);
            assertThat(spec.body()).contains("\"operationId\"").contains("/api/v1/stores");
            HttpResponse<String> console = get(http, base + "/");
            assertThat(console.statusCode()).isEqualTo(200);
            assertThat(console.body()).contains("<div id=\"app\"");
            HttpResponse<String> unsigned = get(http, base + "/api/v1/stores");
            assertThat(unsigned.statusCode()).isEqualTo(401);
            assertThat(unsigned.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** The health status once the server answers 200, or the last answer (-1: none) when it died or timed out. */
    private static int waitForHealth(HttpClient http, String base, Process server) {
        return Eventually.until("the packaged server to be healthy", START_LIMIT, () -> {
            try {
                return server.isAlive() ? get(http, base + "/actuator/health").statusCode() : -1;
            } catch (IOException | InterruptedException notListeningYet) {
                return 0;
            }
        }, status -> status == 200 || status == -1);
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}

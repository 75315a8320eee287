package io.oneshelf.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on 127.0.0.1 for tests: it keeps every request it gets (headers and body) and answers with
 * the status it is told to ({@link #answer}), 200 at first.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received; header names in lower case. */
    public record Received(Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private volatile long delayMillis;

    static {
        // the JDK's HTTP server writes an answer's headers and body apart; with Nagle's algorithm on, the body waits
        // for the sender's delayed ACK, about 40 ms for every delivery (read when the server class first loads)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT),
                    List.copyOf(v)));
            received.add(new Received(headers, new String(body, StandardCharsets.UTF_8)));
            sleep();
            int code = status.get();
            byte[] answer = (code < 300 ? "ok" : "receiver says no (" + code + ")").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "webhook-receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    public WebhookReceiver answer(int code) {
        status.set(code);
        return this;
    }

    public WebhookReceiver delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests whose webhook-id is this one. */
    public List<Received> withId(String webhookId) {
        return received.stream().filter(r -> webhookId.equals(r.header("webhook-id"))).toList();
    }

    private void sleep() {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

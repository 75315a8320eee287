package io.oneshelf.support;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every answer the test client has seen in this JVM (method, path, status), so that a test that runs last can
 * check the whole suite's traffic against the published contract: an answer the description does not list is a
 * contract bug, whichever test provoked it.
 */
public final class Traffic {

    /** One request the server answered. */
    public record Call(String method, String path, int status) {
    }

    private static final int MAX = 200_000;
    private static final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

    private Traffic() {
    }

    static void record(String method, String path, int status) {
        if (calls.size() < MAX) {
            calls.add(new Call(method, path, status));
        }
    }

    public static List<Call> seen() {
        return List.copyOf(calls);
    }
}

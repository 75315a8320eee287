package io.oneshelf.platform.web;

import io.oneshelf.platform.Message;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request whose body was read once up front, so filters can hash it and the controller can still read it. The
 * body is read only up to the limit for one request (a larger one is {@link TooLarge}, before it is all in
 * memory). A multipart body is parsed from the cached bytes ({@link CachedParts}), because the container can
 * only parse what it still has to read.
 */
public final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final MultipartConfigElement limits;
    private List<Part> parts;
    private Map<String, String[]> parameters;

    /** The body is larger than one request may be. */
    public static final class TooLarge extends IOException {
        private final long limit;

        TooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes");
            this.limit = limit;
        }

        /** What to tell the caller, in its language. */
        public io.oneshelf.platform.Message message() {
            return io.oneshelf.platform.Message.of("problem.body.too-large", limit);
        }
    }

    private CachedBodyRequest(HttpServletRequest request, byte[] body, MultipartConfigElement limits) {
        super(request);
        this.body = body;
        this.limits = limits;
    }

    /** Reads the body, at most {@code limits.getMaxRequestSize()} bytes (when that is positive). */
    public static CachedBodyRequest of(HttpServletRequest request, MultipartConfigElement limits) throws IOException {
        if (request instanceof CachedBodyRequest cached) {
            return cached;
        }
        long max = limits.getMaxRequestSize();
        if (max > 0 && request.getContentLengthLong() > max) {
            throw new TooLarge(max);
        }
        return new CachedBodyRequest(request, read(request.getInputStream(), max), limits);
    }

    private static byte[] read(InputStream in, long max) throws IOException {
        if (max <= 0) {
            return in.readAllBytes();
        }
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (body.length > max) {
            throw new TooLarge(max);
        }
        return body;
    }

    public byte[] body() {
        return body;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("synchronous reads only");
            }

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }
        };
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
        if (parts == null) {
            parts = CachedParts.parse(body, getContentType(), getCharacterEncoding(), limits);
        }
        return parts;
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
        return getParts().stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
    }

    /**
     * The query's parameters and, for a multipart body, its form fields: the container would take those from the
     * body it can no longer read.
     */
    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            parameters = multipart() ? withFields(super.getParameterMap()) : super.getParameterMap();
        }
        return parameters;
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        return getParameterMap().get(name);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    private boolean multipart() {
        String type = getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/form-data");
    }

    private Map<String, String[]> withFields(Map<String, String[]> query) {
        Map<String, String[]> all = new LinkedHashMap<>(query);
        try {
            for (Part part : getParts()) {
                if (part.getSubmittedFileName() == null) {
                    String value = CachedParts.value(part, getCharacterEncoding());
                    all.merge(part.getName(), new String[]{value}, (a, b) -> {
                        String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
                        System.arraycopy(b, 0, both, a.length, b.length);
                        return both;
                    });
                }
            }
        } catch (IOException | ServletException | IllegalStateException e) {
            return query; // an unreadable body: the multipart resolver reports it when it parses the parts
        }
        return Collections.unmodifiableMap(all);
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
}

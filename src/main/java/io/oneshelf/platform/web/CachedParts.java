package io.oneshelf.platform.web;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.util.List;
import org.apache.catalina.core.ApplicationPart;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.UploadContext;
import org.apache.tomcat.util.http.fileupload.disk.DiskFileItemFactory;

/**
 * Parses a multipart body that is already in memory with the container's own parser (Tomcat's copy of Commons
 * FileUpload) and the same limits the container applies, so a signed upload gets exactly the parts, and the
 * size errors, an unsigned one would.
 */
final class CachedParts {

    /** As many parts as Tomcat's connector allows by default (maxPartCount). */
    private static final int MAX_PARTS = 50;

    private CachedParts() {
    }

    static List<Part> parse(byte[] body, String contentType, String encoding, MultipartConfigElement limits)
            throws ServletException {
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/")) {
            throw new ServletException("Not a multipart request");
        }
        File location = new File(limits.getLocation().isEmpty() ? System.getProperty("java.io.tmpdir")
                : limits.getLocation());
        // the bytes are in memory already: keep the parts there instead of copying them to disk
        FileUpload upload = new FileUpload();
        upload.setFileItemFactory(new DiskFileItemFactory(body.length + 1, location));
        upload.setFileCountMax(MAX_PARTS);
        upload.setFileSizeMax(limits.getMaxFileSize());
        upload.setSizeMax(limits.getMaxRequestSize());
        try {
            return upload.parseRequest(context(body, contentType, encoding)).stream()
                    .map(item -> (Part) new ApplicationPart(item, location)).toList();
        } catch (FileUploadException e) {
            // as the container does: Spring turns a message about an exceeded size into MaxUploadSizeExceeded
            throw new IllegalStateException(e);
        }
    }

    /** A form field's value (a part without a file name), in the request's encoding or UTF-8. */
    static String value(Part part, String encoding) throws java.io.IOException {
        return ((ApplicationPart) part).getString(encoding == null ? "UTF-8" : encoding);
    }

    /** An UploadContext, not merely a RequestContext: the parser takes the body's length from it. */
    private static UploadContext context(byte[] body, String contentType, String encoding) {
        return new UploadContext() {
            @Override
            public long contentLength() {
                return body.length;
            }

            @Override
            public String getCharacterEncoding() {
                return encoding;
            }

            @Override
            public String getContentType() {
                return contentType;
            }

            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(body);
            }
        };
    }
}

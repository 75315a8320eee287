package io.oneshelf.platform.blob;

import java.util.Optional;
import org.springframework.core.io.Resource;

/**
 * Stores binary content (product images, later other media) by key, outside the database. Keys are chosen by
 * the caller from server-side facts only (a tenant id, a content hash), never from a client's file name, and
 * are slash-separated segments of {@code [A-Za-z0-9._-]} that do not start with a dot. One implementation keeps
 * blobs on the local disk; an object store (S3, OSS) can stand in for it when several servers share the media.
 */
public interface BlobStore {

    /** Stores the content under the key, replacing what was there; readers never see a half-written blob. */
    void put(String key, byte[] content);

    /** The content under the key, streamable, or empty when there is none. */
    Optional<Resource> get(String key);

    boolean exists(String key);

    /** Removes the content under the key; removing a missing key does nothing. */
    void delete(String key);
}

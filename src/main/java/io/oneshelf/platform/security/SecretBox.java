package io.oneshelf.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals secrets that the server must be able to read back (API clients' HMAC secrets) with AES-256-GCM, under a
 * key that is not in the database: a copy of the database alone does not give them away. Each sealed value is
 * bound to what it belongs to (its key id), so it cannot be moved to another row.
 * <p>
 * The key is {@code oneshelf.security.secret-key} (Base64 of 32 bytes, e.g. from a KMS or a secret store); without
 * it, the file {@code oneshelf.security.secret-key-file}, by default {@code secret.key} in the data folder, created
 * on first start. Several instances must share one key: set the property on each.
 */
@Component
public class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    SecretBox(@Value("${oneshelf.security.secret-key:}") String configured,
              @Value("${oneshelf.security.secret-key-file:}") String keyFile,
              @Value("${oneshelf.embedded-db.data-dir:./data}") String dataDir) {
        this(key(configured, keyFile, dataDir));
    }

    private static byte[] key(String configured, String keyFile, String dataDir) {
        if (!configured.isBlank()) {
            return Base64.getDecoder().decode(configured.trim());
        }
        if (keyFile.isBlank() && dataDir.equals("temp")) {
            // a throw-away database (tests): its secrets need no key that outlives it
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            return fresh;
        }
        Path file = keyFile.isBlank() ? Path.of(dataDir, "secret.key") : Path.of(keyFile);
        log.info("API client secrets are sealed with the key in {}; several server instances need one key:"
                 + " set oneshelf.security.secret-key on each", file.toAbsolutePath());
        return fromFile(file);
    }

    SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("oneshelf.security.secret-key must be 32 bytes (Base64), got " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The secret sealed for {@code owner}: "v1:" and Base64 of the IV, the ciphertext and the tag. */
    public String seal(String secret, String owner) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, owner, secret.getBytes(StandardCharsets.UTF_8));
        byte[] all = Arrays.copyOf(iv, IV_BYTES + sealed.length);
        System.arraycopy(sealed, 0, all, IV_BYTES, sealed.length);
        return PREFIX + Base64.getEncoder().encodeToString(all);
    }

    /** The secret back; a value stored before sealing existed is returned as it is (see {@link #isSealed}). */
    public String open(String stored, String owner) {
        if (!isSealed(stored)) {
            return stored;
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        byte[] plain = crypt(Cipher.DECRYPT_MODE, Arrays.copyOf(all, IV_BYTES), owner,
                Arrays.copyOfRange(all, IV_BYTES, all.length));
        return new String(plain, StandardCharsets.UTF_8);
    }

    /**
     * A keyed one-way digest (hex HMAC-SHA256 under a key derived from this box's key and {@code purpose}) of a
     * short secret kept only to be compared, such as a one-time sign-in code: a copy of the database alone cannot
     * recover it by trying every value, as it could from a plain hash of six digits.
     */
    public String digest(String purpose, String value) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] purposeKey = derive.doFinal(("digest:" + purpose).getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(purposeKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    /** A sealed value that does not open (another key, another owner, altered) is a failure, not a secret. */
    private byte[] crypt(int mode, byte[] iv, String owner, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed secret does not open with this server's key", e);
        }
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.notExists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.CREATE_NEW);
                    restrict(file);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // another process created it first: use theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access rules apply
        }
    }
}

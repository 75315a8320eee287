package io.oneshelf.payment.gateway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cryptography of WeChat Pay API v3, as its documentation publishes it: requests are signed with the merchant's
 * RSA key over {@code METHOD\nURL\ntimestamp\nnonce\nbody\n} and carried in an {@code Authorization:
 * WECHATPAY2-SHA256-RSA2048 mchid=…,nonce_str=…,signature=…,timestamp=…,serial_no=…} header; answers and
 * notifications are signed with the platform's key over {@code timestamp\nnonce\nbody\n} and carried in the
 * {@code Wechatpay-Timestamp / -Nonce / -Signature / -Serial} headers (SHA256 with RSA, Base64); a notification's
 * resource is encrypted with AEAD_AES_256_GCM under the merchant's 32-byte API v3 key (12-byte nonce, 128-bit tag
 * appended, Base64). Used by the sandbox gateway and by the server checking what a gateway sends.
 */
public final class WechatPayV3 {

    public static final String SCHEMA = "WECHATPAY2-SHA256-RSA2048";
    public static final String ALGORITHM = "AEAD_AES_256_GCM";
    public static final String SIGNATURE = "Wechatpay-Signature";
    public static final String TIMESTAMP = "Wechatpay-Timestamp";
    public static final String NONCE = "Wechatpay-Nonce";
    public static final String SERIAL = "Wechatpay-Serial";
    public static final String SIGNATURE_TYPE = "Wechatpay-Signature-Type";

    private static final Pattern PAIR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final String NONCE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom random = new SecureRandom();

    private WechatPayV3() {
    }

    /** The string a request's signature covers; {@code url} is the path with its query, as sent. */
    public static String requestMessage(String method, String url, long timestamp, String nonce, String body) {
        return method + "\n" + url + "\n" + timestamp + "\n" + nonce + "\n" + (body == null ? "" : body) + "\n";
    }

    /** The string an answer's or a notification's signature covers. */
    public static String responseMessage(String timestamp, String nonce, String body) {
        return timestamp + "\n" + nonce + "\n" + (body == null ? "" : body) + "\n";
    }

    public static String sign(PrivateKey key, String message) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with this key", e);
        }
    }

    /** Whether {@code signature} (Base64) is the key's signature of the message; anything malformed is not. */
    public static boolean verify(PublicKey key, String message, String signature) {
        if (signature == null || message == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(message.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The {@code Authorization} header of a merchant's request. */
    public static String authorization(String mchid, String serial, PrivateKey key, String method, String url,
                                       String body, long timestamp, String nonce) {
        String signature = sign(key, requestMessage(method, url, timestamp, nonce, body));
        return SCHEMA + " mchid=\"" + mchid + "\",nonce_str=\"" + nonce + "\",signature=\"" + signature
               + "\",timestamp=\"" + timestamp + "\",serial_no=\"" + serial + "\"";
    }

    /** The name="value" pairs of an {@code Authorization} header of {@link #SCHEMA}; empty for anything else. */
    public static Map<String, String> authorizationParts(String header) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (header == null || !header.startsWith(SCHEMA + " ")) {
            return parts;
        }
        Matcher m = PAIR.matcher(header.substring(SCHEMA.length() + 1));
        while (m.find()) {
            parts.putIfAbsent(m.group(1), m.group(2));
        }
        return parts;
    }

    /** AEAD_AES_256_GCM: Base64 of the ciphertext with its 16-byte tag appended. */
    public static String encrypt(byte[] apiV3Key, String associatedData, String nonce, String plaintext) {
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, apiV3Key, nonce, associatedData);
            return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt", e);
        }
    }

    /** The plaintext of {@link #encrypt}; a wrong key, nonce, associated data or altered text is {@link Unreadable}. */
    public static String decrypt(byte[] apiV3Key, String associatedData, String nonce, String ciphertext) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, apiV3Key, nonce, associatedData);
            return new String(cipher.doFinal(Base64.getDecoder().decode(ciphertext)), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new Unreadable("the resource does not decrypt with the API v3 key");
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            throw new Unreadable("the resource is malformed");
        }
    }

    /** A resource that does not decrypt. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private static Cipher cipher(int mode, byte[] key, String nonce, String associatedData)
            throws GeneralSecurityException {
        if (key.length != 32) {
            throw new IllegalArgumentException("The API v3 key is 32 bytes, not " + key.length);
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"),
                new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
        if (associatedData != null) {
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        }
        return cipher;
    }

    /** A random string of upper-case letters and digits, as WeChat Pay's nonces are. */
    public static String nonce(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(NONCE_CHARS.charAt(random.nextInt(NONCE_CHARS.length())));
        }
        return sb.toString();
    }

    public static KeyPair newRsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#8 private key from Base64 or PEM text. */
    public static PrivateKey privateKey(String text) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(text)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA private key in PKCS#8", e);
        }
    }

    /** An X.509 SubjectPublicKeyInfo public key from Base64 or PEM text. */
    public static PublicKey publicKey(String text) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(text)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA public key", e);
        }
    }

    public static String base64(java.security.Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    private static byte[] der(String text) {
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}

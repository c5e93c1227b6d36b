package dev.chinaai.kg.server.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A rendered representation: media type, bytes and a strong ETag computed from them. */
public record Rendered(String contentType, byte[] body, String etag) {

    public static Rendered of(String contentType, byte[] body) {
        return new Rendered(contentType, body, "\"" + hash(body) + "\"");
    }

    public static Rendered of(String contentType, String body) {
        return of(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String hash(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

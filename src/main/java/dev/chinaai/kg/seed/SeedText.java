package dev.chinaai.kg.seed;

import dev.chinaai.kg.diagnostics.KgException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One seed article, immutable: its file name, its text, and the SHA-256 of its
 * bytes. Offsets into it are counted in Unicode code points, as W3C Web
 * Annotation's TextPositionSelector and SPARQL's SUBSTR both count.
 */
public record SeedText(String fileName, String text, String sha256) {

    public SeedText {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Decodes UTF-8 bytes strictly: a seed that is not valid UTF-8 is an error, never silently repaired. */
    public static SeedText of(String fileName, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new KgException("seeds/" + fileName + ": not valid UTF-8 (" + e.getMessage() + ")", e);
        }
        return new SeedText(fileName, text, sha256(bytes));
    }

    /** The seed's number, the three digits its file name starts with ("000"). */
    public String number() {
        int end = fileName.indexOf('_');
        return end > 0 ? fileName.substring(0, end) : fileName.replace(".txt", "");
    }

    /** Length in code points. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    /** Converts a UTF-16 index into a code-point offset. */
    public int codePointOffset(int charIndex) {
        return text.codePointCount(0, charIndex);
    }

    /** The text between two code-point offsets (start inclusive, end exclusive). */
    public String slice(int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        return text.substring(from, to);
    }

    /** The SHA-256 of some bytes, as lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new KgException("SHA-256 is not available in this JDK", e);
        }
    }
}

package dev.chinaai.kg.server.edge;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks {@code application/x-www-form-urlencoded} text (a query string or a
 * form body) before Jetty decodes it: every {@code %} must start two hex digits
 * and the decoded bytes must be UTF-8. Jetty throws from deep inside parameter
 * parsing otherwise, which Fuseki answers with 500 and a logged stack trace.
 */
final class UrlEncoding {
    private UrlEncoding() {
    }

    /** What is wrong with the text, or null if it decodes cleanly. */
    static String problem(byte[] text) {
        ByteBuffer decoded = ByteBuffer.allocate(text.length);
        for (int i = 0; i < text.length; i++) {
            byte b = text[i];
            if (b == '%') {
                if (i + 2 >= text.length || hex(text[i + 1]) < 0 || hex(text[i + 2]) < 0) {
                    return "malformed percent-encoding at byte " + i + ": '%' must be followed by two hex digits";
                }
                decoded.put((byte) (hex(text[i + 1]) * 16 + hex(text[i + 2])));
                i += 2;
            } else {
                decoded.put(b);
            }
        }
        decoded.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(decoded);
            return null;
        } catch (CharacterCodingException e) {
            return "invalid UTF-8 after percent-decoding: encode the text as UTF-8 before percent-encoding it";
        }
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}

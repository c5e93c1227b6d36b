package dev.chinaai.kg.server.edge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * The request content codings understood ({@value #UNDERSTOOD}), decoded here
 * with a bound on the decoded size, so that a small compressed body cannot
 * inflate into a large query further in (Fuseki would inflate it without one).
 */
final class ContentDecoding {
    static final String UNDERSTOOD = "gzip, deflate, identity";
    private static final Set<String> CODINGS = Set.of("gzip", "x-gzip", "deflate", "identity");

    /** The decoded body is larger than allowed. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private ContentDecoding() {
    }

    /** The coding named by a Content-Encoding header, lower case; null when it is one not understood. */
    static String coding(String header) {
        if (header == null || header.isBlank()) {
            return "identity";
        }
        String c = header.trim().toLowerCase(Locale.ROOT);
        return CODINGS.contains(c) ? c : null;
    }

    /**
     * The body decoded, at most {@code max} bytes.
     *
     * @throws TooLarge as soon as decoding passes {@code max} bytes
     * @throws IOException if the body is not valid in its coding
     */
    static byte[] decode(String coding, byte[] body, int max) throws TooLarge, IOException {
        if (coding.equals("identity")) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = coding.equals("deflate") ? new InflaterInputStream(new ByteArrayInputStream(body))
                : new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0;) {
                if (out.size() + n > max) {
                    throw new TooLarge();
                }
                out.write(buf, 0, n);
            }
        }
        return out.toByteArray();
    }
}

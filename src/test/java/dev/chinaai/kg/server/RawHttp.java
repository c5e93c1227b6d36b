package dev.chinaai.kg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange on a plain socket, for what the JDK client will not
 * send: bodies that stall, endless chunked bodies, raw bytes in the request
 * line, oversized headers. The answer is read until the server closes the
 * connection or the body's Content-Length is complete.
 */
final class RawHttp implements AutoCloseable {
    final Socket socket;

    RawHttp(String host, int port) {
        try {
            socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), 5000);
        } catch (IOException e) {
            throw new UncheckedIOException(host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    RawHttp(int port) {
        this("127.0.0.1", port);
    }

    /** Sends bytes; false if the server has already closed the connection. */
    boolean send(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    boolean send(String text) {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** An answer: its status line, head (headers, lower-cased names) and body. */
    record Answer(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    /** Reads one answer, waiting at most {@code millis}; null if none came in that time. */
    Answer read(int millis) {
        try {
            socket.setSoTimeout(millis);
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            long deadline = System.currentTimeMillis() + millis;
            byte[] buf = new byte[8192];
            while (System.currentTimeMillis() < deadline) {
                int n;
                try {
                    n = in.read(buf);
                } catch (SocketTimeoutException e) {
                    break;
                } catch (IOException e) {
                    break;
                }
                if (n < 0) {
                    break;
                }
                got.write(buf, 0, n);
                Answer a = parse(got.toString(StandardCharsets.UTF_8));
                if (a != null && complete(a)) {
                    return a;
                }
            }
            return parse(got.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            return null;
        }
        return new Answer(Integer.parseInt(text.substring(9, 12)), text.substring(0, end), text.substring(end + 4));
    }

    private static boolean complete(Answer a) {
        String length = a.header("Content-Length");
        return length != null && a.body().getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(length);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a socket the server may already have closed: nothing to do
        }
    }
}

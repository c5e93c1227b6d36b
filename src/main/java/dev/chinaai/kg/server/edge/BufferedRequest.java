package dev.chinaai.kg.server.edge;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * A request whose body has been read and decoded already: it reads as one
 * chunk, and its headers say what it now is (a Content-Length, no content or
 * transfer coding), so nothing further in decodes it a second time.
 */
final class BufferedRequest extends Request.Wrapper {
    private final HttpFields headers;
    private final long length;
    private Content.Chunk next;

    BufferedRequest(Request request, byte[] body) {
        super(request);
        this.length = body.length;
        this.headers = HttpFields.build(request.getHeaders()).remove(HttpHeader.CONTENT_ENCODING)
                .remove(HttpHeader.TRANSFER_ENCODING).put(HttpHeader.CONTENT_LENGTH, Long.toString(length)).asImmutable();
        this.next = Content.Chunk.from(ByteBuffer.wrap(body), true);
    }

    @Override
    public HttpFields getHeaders() {
        return headers;
    }

    @Override
    public long getLength() {
        return length;
    }

    @Override
    public synchronized Content.Chunk read() {
        Content.Chunk c = next;
        next = Content.Chunk.EOF;
        return c;
    }

    /** The content is all here: whoever asks for more can read at once. */
    @Override
    public void demand(Runnable demandCallback) {
        demandCallback.run();
    }
}

package dev.chinaai.kg.server.edge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads one request body asynchronously: between chunks no thread waits, Jetty
 * calls back when more bytes arrive. The body must be complete within the body
 * timeout, counted from the end of the headers (else 408), and hold at most the
 * size limit as received and again once decoded (else 413, as soon as the
 * limit is passed). A complete body is decoded, checked if it is a form, and
 * only then handed on, as a {@link BufferedRequest}.
 */
final class BodyIntake implements Runnable {
    private final RequestIntake intake;
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final String coding;
    private final int max;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    /** Set once by whichever comes first: the last chunk, a refusal, the deadline. */
    private final AtomicBoolean settled = new AtomicBoolean();
    private Scheduler.Task deadline;

    BodyIntake(RequestIntake intake, Request request, Response response, Callback callback, String coding) {
        this.intake = intake;
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.coding = coding;
        this.max = intake.limits().maxRequestBytes();
    }

    void start() {
        long timeout = intake.limits().bodyTimeoutMillis();
        long left = timeout - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.getHeadersNanoTime());
        deadline = request.getComponents().getScheduler().schedule(() -> refuse(408,
                "request body not complete after " + timeout + " ms; send the whole body at once"),
                Math.max(left, 0), TimeUnit.MILLISECONDS);
        run();
    }

    /** Reads what has arrived; asks to be called again when more does. */
    @Override
    public void run() {
        while (!settled.get()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                if (settled.compareAndSet(false, true)) {
                    deadline.cancel();
                    callback.failed(chunk.getFailure());
                }
                return;
            }
            ByteBuffer bytes = chunk.getByteBuffer();
            boolean last = chunk.isLast();
            if (body.size() + bytes.remaining() > max) {
                chunk.release();
                refuse(413, RequestIntake.tooLarge(intake.limits()));
                return;
            }
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            body.writeBytes(copy);
            chunk.release();
            if (last) {
                complete();
                return;
            }
        }
    }

    private void refuse(int status, String message) {
        if (settled.compareAndSet(false, true)) {
            deadline.cancel();
            RequestIntake.refuse(request, response, callback, status, message);
        }
    }

    private void complete() {
        byte[] decoded;
        try {
            decoded = ContentDecoding.decode(coding, body.toByteArray(), max);
        } catch (ContentDecoding.TooLarge e) {
            refuse(413, RequestIntake.tooLarge(intake.limits()));
            return;
        } catch (IOException e) {
            refuse(400, "the body is not valid " + coding + " (" + e.getMessage() + "); send it as Content-Encoding says");
            return;
        }
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            String problem = UrlEncoding.problem(decoded);
            if (problem != null) {
                refuse(400, "form body: " + problem);
                return;
            }
        }
        if (!settled.compareAndSet(false, true)) {
            return;
        }
        deadline.cancel();
        Request whole = new BufferedRequest(request, decoded);
        if (!intake.forward(whole, response, callback)) {
            Response.writeError(whole, response, callback, 404);
        }
    }
}

package dev.chinaai.kg.server.edge;

import dev.chinaai.kg.server.options.HttpLimits;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler every request meets. A query string longer than the
 * limit is 413 and a malformed one 400. A request with a body is handed to a
 * {@link BodyIntake}, which reads it without holding a thread and passes it on
 * only once it is complete, within time and size: so the request threads only
 * ever run requests that are all there, and a few slow clients cannot take
 * them all. Every answer gets the security headers and loses Fuseki's
 * request counter.
 */
final class RequestIntake extends Handler.Wrapper {
    /** Fuseki numbers its requests in this header, which tells anyone how busy the server is. */
    private static final String REQUEST_COUNTER = "Fuseki-Request-Id";

    private final HttpLimits limits;

    RequestIntake(HttpLimits limits, Handler next) {
        super(next);
        this.limits = limits;
    }

    HttpLimits limits() {
        return limits;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Response answer = new Answer(request, response);
        SecurityHeaders.apply(answer.getHeaders());
        String query = request.getHttpURI().getQuery();
        if (query != null && query.length() > limits.maxRequestBytes()) {
            return refuse(request, answer, callback, 413, tooLarge(limits));
        }
        String problem = query == null ? null : UrlEncoding.problem(query.getBytes(StandardCharsets.UTF_8));
        if (problem != null) {
            return refuse(request, answer, callback, 400, "query string: " + problem);
        }
        boolean body = request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (!body) {
            return forward(request, answer, callback);
        }
        String coding = ContentDecoding.coding(request.getHeaders().get(HttpHeader.CONTENT_ENCODING));
        if (coding == null) {
            return refuse(request, answer, callback, 415, "Content-Encoding " + request.getHeaders().get(HttpHeader.CONTENT_ENCODING)
                    + " is not understood here; send the body as one of " + ContentDecoding.UNDERSTOOD);
        }
        if (request.getLength() > limits.maxRequestBytes()) {
            return refuse(request, answer, callback, 413, tooLarge(limits));
        }
        new BodyIntake(this, request, answer, callback, coding).start();
        return true;
    }

    /** Hands a request that is all there to the server's handlers; what they throw fails the request. */
    boolean forward(Request request, Response response, Callback callback) {
        try {
            return super.handle(request, response, callback);
        } catch (Exception x) {
            callback.failed(x);
            return true;
        }
    }

    static String tooLarge(HttpLimits limits) {
        return "request too large: a query string or request body may hold at most " + limits.maxRequestBytes()
                + " bytes, counted after decoding (parsing is not covered by the query timeout, so longer ones are "
                + "refused up front)";
    }

    /** Answers with an error and closes the connection, whose unread body cannot be skipped safely. */
    static boolean refuse(Request request, Response response, Callback callback, int status, String message) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Response.writeError(request, response, callback, status, message);
        return true;
    }

    /** The response as the rest of the server sees it: the request counter is never added. */
    private static final class Answer extends Response.Wrapper {
        private final HttpFields.Mutable headers;

        Answer(Request request, Response response) {
            super(request, response);
            headers = new HttpFields.Mutable.Wrapper(response.getHeaders()) {
                @Override
                public HttpField onAddField(HttpField field) {
                    return field.is(REQUEST_COUNTER) ? null : field;
                }
            };
        }

        @Override
        public HttpFields.Mutable getHeaders() {
            return headers;
        }
    }
}

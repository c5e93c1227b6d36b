package dev.chinaai.kg.server.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * Parameters of Fuseki's services that would put client text into an answer
 * unchecked. {@code stylesheet} is written into an {@code <?xml-stylesheet?>}
 * processing instruction of XML results as given, so markup of the client's
 * choosing would render on this origin: it is refused. {@code callback} (JSONP)
 * is written in front of JSON results: it must be a JavaScript name, dotted at
 * most, of at most {@value #MAX_CALLBACK} characters.
 */
public final class ServiceParameters {
    static final int MAX_CALLBACK = 64;
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private ServiceParameters() {
    }

    /** Why the request's parameters are refused, or null if they are fine. */
    public static String problem(HttpServletRequest request) {
        if (request.getParameter("stylesheet") != null) {
            return "the stylesheet parameter is not supported: results are served without an XSLT stylesheet; "
                    + "leave the parameter out";
        }
        String callback = request.getParameter("callback");
        if (callback != null && (callback.length() > MAX_CALLBACK || !CALLBACK.matcher(callback).matches())) {
            return "the callback parameter must be a JavaScript function name (letters, digits, _ and $, "
                    + "dotted, at most " + MAX_CALLBACK + " characters), such as handleResults";
        }
        return null;
    }
}

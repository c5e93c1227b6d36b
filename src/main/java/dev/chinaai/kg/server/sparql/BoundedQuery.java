package dev.chinaai.kg.server.sparql;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's query operation with bounded answers. Fuseki streams SELECT results
 * as they come, so a query that times out or fails mid-way has already sent
 * 200 and part of a document. Here every answer is computed in full (up to
 * {@link #MAX_ROWS} rows or {@link #MAX_QUADS} CONSTRUCT quads) before the
 * first byte is written: a timeout becomes 503 and an engine failure 4xx/5xx
 * with a message, never a cut-off 200. A capped answer says so in the headers
 * {@code X-Result-Limit} and {@code X-Result-Truncated}. Every query passes
 * the {@link SlowLane}, which stops it with 503 if it turns slow while the
 * allowed number of slow ones already run.
 *
 * <p>Every query is parsed against the publication's base IRI (a {@code BASE}
 * of the query's own wins), so that {@code PREFIX cai: <ontology#>} and
 * {@code <id/deepseek>} mean this server's IRIs whatever host, port or
 * {@code --base} it runs under: the documented examples work unchanged everywhere.
 */
public final class BoundedQuery extends SPARQL_QueryDataset {
    /** Rows of a SELECT answer at most (as DBpedia, 10,000), stated in every answer's X-Result-Limit. */
    public static final int MAX_ROWS = 10_000;
    /** Quads of a CONSTRUCT or DESCRIBE answer at most. */
    public static final int MAX_QUADS = 100_000;

    /** Seconds a client refused for too many slow queries is asked to wait. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private static final String JSON = "application/sparql-results+json";

    private final SlowLane lane;
    private final String base;

    /** Queries run through {@code lane}, with relative IRIs resolved against {@code base} (the publication base). */
    public BoundedQuery(SlowLane lane, String base) {
        this.lane = lane;
        this.base = base;
    }

    /**
     * Fuseki's sequence (parse, validate, choose the dataset, run, send) without its log lines: it formats
     * two of them per query (the text, then the parsed query serialised again) even when its log is off,
     * 16 % of the CPU samples of an uncached lookup. The query is parsed once, against the base, so a parse
     * error names the line and column of the text the client sent.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.isBlank()) {
            ServletOps.errorBadRequest("Error: " + (queryString.isEmpty() ? "Empty" : "Blank") + " query string");
        }
        Query query = parse(queryString);
        validateQuery(action, query);
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, queryString);
            Query q = chosen.getRight() == null ? query : chosen.getRight();
            try (QueryExec exec = createQueryExec(action, q, chosen.getLeft())) {
                sendResults(action, executeQuery(action, exec, query, queryString), query.getPrologue());
            }
        } catch (QueryParseException e) {
            // A late static error, e.g. a Lucene query string jena-text cannot parse.
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n" + e.getMessage());
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw e;
        } finally {
            action.endRead();
        }
    }

    private Query parse(String queryString) {
        try {
            return QueryFactory.create(queryString, base, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest("Parse error: \n" + queryString + "\n\r" + e.getMessage());
        } catch (QueryException e) {
            ServletOps.errorBadRequest("Error: \n" + queryString + "\n" + e.getMessage());
        }
        throw new IllegalStateException("unreachable: errorBadRequest throws");
    }

    /**
     * Every REGEX and REPLACE of a request runs guarded (see {@link RegexGuard}), and every function call is
     * bounded in time and in the size of its result, against a budget of its own (see {@link ExprGuard}).
     */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, ExprGuard.rewrite(RegexGuard.rewrite(query)), dataset);
        ValueLimits.newBudget(exec.getContext());
        return exec;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        SlowLane.Ticket ticket = lane.enter(exec);
        try {
            return answer(action, exec, query, queryStringLog);
        } catch (QueryCancelledException e) {
            if (e instanceof TooCostly) {
                ServletOps.error(422, e.getMessage());
            }
            if (ticket.stoppedForMemory()) {
                action.getResponse().setHeader("Retry-After", RETRY_AFTER_SECONDS);
                ServletOps.error(503, SlowLane.memoryRefusal());
            }
            if (ticket.refused()) {
                action.getResponse().setHeader("Retry-After", RETRY_AFTER_SECONDS);
                ServletOps.error(503, lane.refusal());
            }
            throw e;
        } catch (RuntimeException e) {
            if (ticket.stoppedForMemory() && !(e instanceof ActionErrorException)) {
                // Stopped from the memory watcher's thread: whatever the engine throws while it is torn down
                // (a sort bag's spill files removed under it) is the stop, not a server fault.
                action.getResponse().setHeader("Retry-After", RETRY_AFTER_SECONDS);
                ServletOps.error(503, SlowLane.memoryRefusal());
            }
            throw e;
        } catch (OutOfMemoryError e) {
            // This query's own allocation failed; what it held is garbage once its thread unwinds.
            action.getResponse().setHeader("Retry-After", RETRY_AFTER_SECONDS);
            ServletOps.error(503, SlowLane.memoryRefusal());
            return null;
        } finally {
            ticket.close();
        }
    }

    private QueryExecResult answer(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            if (query.isSelectType()) {
                return select(action, exec);
            }
            if (query.isConstructType()) {
                return construct(action, exec);
            }
            QueryExecResult r = super.executeQuery(action, exec, query, queryStringLog);
            if (r.isGraph() && r.graph().size() > MAX_QUADS) {
                ServletOps.error(413, "DESCRIBE answer larger than " + MAX_QUADS + " triples; describe fewer resources");
            }
            return r;
        } catch (TextIndexException e) {
            ServletOps.error(400, "text:query cannot run this search: " + rootMessage(e)
                    + "; use a simpler regular expression or wildcard (fewer repetitions and alternatives)");
            return null;
        } catch (StackOverflowError e) {
            ServletOps.error(422, "the query is too deeply nested or its property path too long to evaluate here; "
                    + "bound the path (e.g. p{1,10}) or split the query");
            return null;
        }
    }

    /** The innermost message: jena-text wraps Lucene's reason ("input automaton is too large") in its own. */
    private static String rootMessage(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return String.valueOf(c.getMessage());
    }

    private static QueryExecResult select(HttpAction action, QueryExec exec) {
        RowSet rs = exec.select();
        List<Binding> rows = new ArrayList<>();
        while (rs.hasNext() && rows.size() <= MAX_ROWS) {
            rows.add(rs.next());
        }
        boolean truncated = rows.size() > MAX_ROWS;
        if (truncated) {
            rows.remove(rows.size() - 1);
        }
        limitHeaders(action, MAX_ROWS, truncated);
        // Rewindable, so that an answer the JSON writer leaves to Jena's can be read again.
        return new QueryExecResult(RowSetMem.create(RowSetStream.create(rs.getResultVars(), rows.iterator())));
    }

    private static QueryExecResult construct(HttpAction action, QueryExec exec) {
        DatasetGraph out = DatasetGraphFactory.create();
        Iterator<Quad> quads = exec.constructQuads();
        int n = 0;
        while (quads.hasNext()) {
            if (++n > MAX_QUADS) {
                limitHeaders(action, MAX_QUADS, true);
                return new QueryExecResult(out);
            }
            out.add(quads.next());
        }
        limitHeaders(action, MAX_QUADS, false);
        return new QueryExecResult(out);
    }

    /**
     * A SELECT answer in SPARQL JSON (the common case) is written by
     * {@link JsonResults}, with a sixth of the CPU samples per request of
     * Jena's writer. A capped one also says so in its body, for clients that
     * cannot read headers: {@code head.link} (SPARQL 1.1 Query Results JSON
     * Format, 3.1) gets an IRI naming the cut. Other answers, and JSONP
     * ({@code callback}), go out as Fuseki writes them.
     */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (!result.isRowSet() || action.getRequest().getParameter("callback") != null
                || !JSON.equals(ConNeg.chooseContentType(action.getRequest(), DEF.rsOfferTable, DEF.acceptResultSetXML)
                        .getContentTypeStr())) {
            super.sendResults(action, result, prologue);
            return;
        }
        boolean truncated = "true".equals(action.getResponse().getHeader("X-Result-Truncated"));
        String link = truncated ? action.getRequestRequestURL() + "#result-truncated-at-" + MAX_ROWS : null;
        byte[] body;
        try {
            body = JsonResults.write(result.rowSet(), link);
        } catch (JsonResults.Unsupported e) {
            ((RowSetRewindable) result.rowSet()).reset();
            if (!truncated) {
                super.sendResults(action, result, prologue);
                return;
            }
            body = linkedByJena(result.rowSet(), link);
        }
        // As Fuseki marks every answer; AnswerValidators replaces it for the answers a cache may keep.
        ServletOps.setNoCache(action);
        try {
            action.setResponseStatus(200);
            action.setResponseContentType(JSON + "; charset=utf-8");
            action.setResponseContentLength(body.length);
            action.getResponseOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jena's document of rows JsonResults does not write, with the link added to its head. */
    private static byte[] linkedByJena(RowSet rows, String link) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ResultSetMgr.write(buffer, ResultSet.adapt(rows), ResultSetLang.RS_JSON);
        JsonObject doc = JsonParser.parseString(buffer.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        JsonArray links = new JsonArray();
        links.add(link);
        doc.getAsJsonObject("head").add("link", links);
        return new Gson().toJson(doc).getBytes(StandardCharsets.UTF_8);
    }

    private static void limitHeaders(HttpAction action, int limit, boolean truncated) {
        action.getResponse().setHeader("X-Result-Limit", Integer.toString(limit));
        if (truncated) {
            action.getResponse().setHeader("X-Result-Truncated", "true");
        }
    }
}

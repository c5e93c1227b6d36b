"""SPARQLWrapper and rdflib (Debian's python3-sparqlwrapper, python3-rdflib) against a running server.

Usage: python3 python_clients.py BASE   (BASE is the server's base IRI, e.g. http://localhost:3030/)
Runs each cell of the client matrix with the library's default settings and prints one line per cell:
    PASS|FAIL <client> | <operation> | <method> | <format> | <detail>
Always exits 0 after running every cell, so that the JUnit side reports each failure by name.
"""
import sys
import traceback

import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import SPARQLWrapper, GET, POST, JSON, XML, CSV, TSV, TURTLE, N3, RDFXML, JSONLD

BASE = sys.argv[1]
ENDPOINT = BASE + "sparql"
DEEPSEEK = "<" + BASE + "id/deepseek>"
SELECT = "SELECT ?p ?o WHERE { %s ?p ?o }" % DEEPSEEK
ASK = "ASK { %s ?p ?o }" % DEEPSEEK
ASK_NONE = "ASK { <urn:x:none> ?p ?o }"
CONSTRUCT = "CONSTRUCT { %s ?p ?o } WHERE { %s ?p ?o }" % (DEEPSEEK, DEEPSEEK)
DESCRIBE = "DESCRIBE " + DEEPSEEK


def cell(client, operation, method, fmt, check):
    try:
        detail = check()
        print("PASS %s | %s | %s | %s | %s" % (client, operation, method, fmt, detail), flush=True)
    except Exception as e:  # report every failure as a line, never stop the matrix
        last = traceback.format_exception_only(type(e), e)[-1].strip().replace("\n", " ")
        print("FAIL %s | %s | %s | %s | %s" % (client, operation, method, fmt, last[:300]), flush=True)


def wrapper(query, method, fmt):
    w = SPARQLWrapper(ENDPOINT)
    w.setQuery(query)
    w.setMethod(method)
    w.setReturnFormat(fmt)
    return w.query()


def graph_of(result, fmt):
    """SPARQLWrapper converts RDF/XML and JSON-LD to an rdflib graph; Turtle and N3 come as text to parse."""
    converted = result.convert()
    if isinstance(converted, rdflib.Graph):
        return converted
    g = rdflib.Graph()
    g.parse(data=converted, format="turtle")
    return g


def expect(condition, detail):
    if not condition:
        raise AssertionError(detail)
    return detail


# The graph formats this SPARQLWrapper accepts: Debian's 1.8.5 refuses JSON-LD in setReturnFormat unless the
# separate rdflib-jsonld package is importable (rdflib 6 has JSON-LD built in, Debian ships no rdflib-jsonld).
GRAPH_FORMATS = [f for f in (XML, RDFXML, TURTLE, N3, JSONLD) if f in __import__("SPARQLWrapper").Wrapper._allowedFormats]


def sparqlwrapper_cells():
    for method in (GET, POST):
        for fmt in (JSON, XML, CSV, TSV):
            def select(method=method, fmt=fmt):
                r = wrapper(SELECT, method, fmt)
                body = r.convert()
                if fmt == JSON:
                    n = len(body["results"]["bindings"])
                elif fmt == XML:
                    n = len(body.getElementsByTagName("result"))
                else:
                    n = len(body.decode("utf-8").strip().splitlines()) - 1
                return expect(n >= 8, "%d rows" % n)
            cell("sparqlwrapper", "SELECT", method, fmt, select)
        for fmt in (JSON, XML):
            def ask(method=method, fmt=fmt):
                yes = wrapper(ASK, method, fmt).convert()
                no = wrapper(ASK_NONE, method, fmt).convert()
                if fmt == JSON:
                    yes, no = yes["boolean"], no["boolean"]
                else:
                    yes = yes.getElementsByTagName("boolean")[0].firstChild.data == "true"
                    no = no.getElementsByTagName("boolean")[0].firstChild.data == "true"
                return expect(yes is True and no is False, "true/false")
            cell("sparqlwrapper", "ASK", method, fmt, ask)
        for operation, query in (("CONSTRUCT", CONSTRUCT), ("DESCRIBE", DESCRIBE)):
            for fmt in GRAPH_FORMATS:
                def graph(query=query, method=method, fmt=fmt):
                    g = graph_of(wrapper(query, method, fmt), fmt)
                    return expect(len(g) >= 8 and (rdflib.URIRef(BASE + "id/deepseek"), None, None) in g, "%d triples" % len(g))
                cell("sparqlwrapper", operation, method, fmt, graph)


def rdflib_store_cells():
    for method in ("GET", "POST"):
        for fmt in ("xml", "json", "csv"):
            def select(method=method, fmt=fmt):
                store = SPARQLStore(ENDPOINT, method=method, returnFormat=fmt)
                rows = list(rdflib.Graph(store).query(SELECT))
                return expect(len(rows) >= 8, "%d rows" % len(rows))
            cell("rdflib-sparqlstore", "SELECT", method, fmt, select)
            if fmt == "csv":
                continue

            def ask(method=method, fmt=fmt):
                g = rdflib.Graph(SPARQLStore(ENDPOINT, method=method, returnFormat=fmt))
                return expect(g.query(ASK).askAnswer is True and g.query(ASK_NONE).askAnswer is False, "true/false")
            cell("rdflib-sparqlstore", "ASK", method, fmt, ask)
        for operation, query in (("CONSTRUCT", CONSTRUCT), ("DESCRIBE", DESCRIBE)):
            def graph(query=query, method=method):
                g = rdflib.Graph(SPARQLStore(ENDPOINT, method=method)).query(query).graph
                return expect(len(g) >= 8, "%d triples" % len(g))
            cell("rdflib-sparqlstore", operation, method, "application/rdf+xml", graph)


def first_under(space):
    q = 'SELECT ?x WHERE { ?x ?p ?o FILTER(STRSTARTS(STR(?x), "%s%s")) } ORDER BY ?x LIMIT 1' % (BASE, space)
    return wrapper(q, GET, JSON).convert()["results"]["bindings"][0]["x"]["value"]


def rdflib_dereference_cells():
    for space in ("id/", "claim/", "excerpt/"):
        iri = first_under(space)

        def default(iri=iri):
            g = rdflib.Graph()
            g.parse(iri)
            return expect((rdflib.URIRef(iri), None, None) in g, "%d triples" % len(g))
        cell("rdflib", "dereference " + space, "GET", "default", default)
        for fmt in ("turtle", "nt", "xml", "json-ld", "nquads", "trig"):
            def typed(iri=iri, fmt=fmt):
                g = rdflib.ConjunctiveGraph() if fmt in ("nquads", "trig") else rdflib.Graph()
                # rdflib 6.1 asks for N-Quads and TriG with its default Accept (RDF/XML first), and content
                # negotiation rightly answers RDF/XML (RFC 9110 12.5.1): it reads those documents at their own URLs.
                g.parse(iri + {"nquads": ".nq", "trig": ".trig"}.get(fmt, ""), format=fmt)
                return expect((rdflib.URIRef(iri), None, None, None) in g if fmt in ("nquads", "trig")
                              else (rdflib.URIRef(iri), None, None) in g, "%d triples" % len(g))
            cell("rdflib", "dereference " + space, "GET", fmt, typed)


if __name__ == "__main__":
    print("VERSIONS sparqlwrapper %s rdflib %s" % (__import__("SPARQLWrapper").__version__, rdflib.__version__), flush=True)
    sparqlwrapper_cells()
    rdflib_store_cells()
    rdflib_dereference_cells()

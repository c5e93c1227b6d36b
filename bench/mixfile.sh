#!/usr/bin/env bash
# Prints the mixed workload of bench/soak.sh (SPARQL lookups, a text search, a
# join, a count per class, pages, a Turtle document, a search page) as
# "<accept> <path>" lines for bench/mix.lua or bench/releases.lua, for the
# graph published under BASE (no trailing slash).
# Usage: bench/mixfile.sh BASE
set -euo pipefail
B=${1:?base IRI without trailing slash, e.g. http://localhost:3550}
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
P="PREFIX cai: <$B/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX text: <http://jena.apache.org/text#>"
J=application/sparql-results+json
echo "$J /sparql?query=$(enc "SELECT ?p ?o WHERE { <$B/id/deepseek> ?p ?o }")"
echo "$J /sparql?query=$(enc "$P SELECT ?s ?lit WHERE { (?s ?score ?lit) text:query ('Sanktion' 20) }")"
echo "$J /sparql?query=$(enc "$P SELECT ?c ?q ?f WHERE { ?c cai:claimant <$B/id/jensen-huang> ; cai:statedIn ?x . ?x oa:hasSource/cai:seedFile ?f ; oa:hasSelector/oa:exact ?q }")"
echo "$J /sparql?query=$(enc "SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")"
echo "text/html /id/deepseek.html"
echo "text/turtle /id/deepseek.ttl"
echo "text/html /id/article-004.html"
echo "text/html /search?q=Chip"

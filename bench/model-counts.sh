#!/bin/sh
# Counts of the knowledge model in a built dump, for the closing note of issue 10:
# entities per class, claims, claim links, memberships, times, statements per seed,
# and the median length of the public questions' queries.
#
#   bench/model-counts.sh DUMP.nq QUESTIONS_DIR
#
# DUMP.nq is what `build` writes (target/dataset/china-ai.nq); QUESTIONS_DIR the
# folder of the public .rq files. Needs the project's classpath in CP (jena-cmds
# is a dependency): CP=$(cat cp.txt) bench/model-counts.sh ...
set -eu
dump=$1
questions=$2
q() { java -cp "$CP" arq.sparql --data "$dump" --results TSV --query /dev/stdin; }
P='PREFIX cai: <http://localhost:3030/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX time: <http://www.w3.org/2006/time#>'
echo "## entities per class (direct and materialised types, project classes)"
printf '%s\n%s\n' "$P" 'SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ?class }
  FILTER(STRSTARTS(STR(?class), STR(cai:)) && ?class NOT IN (cai:Excerpt, cai:Statement, cai:Rendering, cai:TimeDescription)) }
GROUP BY ?class ORDER BY ?class' | q
echo "## claims, claim links, memberships, times"
printf '%s\n%s\n' "$P" 'SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { GRAPH ?g { ?x a cai:Claim } BIND("claims" AS ?what) }
  UNION { GRAPH ?g { ?a cai:supports ?b } BIND(CONCAT(STR(?a), " ", STR(?b)) AS ?x) BIND("supports links" AS ?what) }
  UNION { GRAPH ?g { ?a cai:contradicts ?b } FILTER(STR(?a) < STR(?b)) BIND(CONCAT(STR(?a), " ", STR(?b)) AS ?x) BIND("contradicts links (each pair once)" AS ?what) }
  UNION { GRAPH ?g { ?x a cai:Affiliation } BIND("memberships (cai:Affiliation)" AS ?what) }
  UNION { GRAPH ?g { ?x a cai:Affiliation ; ?role ?r } FILTER(STR(?role) IN ("http://www.w3.org/ns/org#role", "http://localhost:3030/ontology#role")) BIND("memberships with a role" AS ?what) }
  UNION { GRAPH ?g { ?x a cai:TimeDescription } BIND("times (cai:TimeDescription)" AS ?what) }
  UNION { GRAPH ?g { ?x a time:Instant } BIND("time:Instant" AS ?what) }
  UNION { GRAPH ?g { ?x a time:Interval } BIND("time:Interval" AS ?what) }
  UNION { GRAPH ?g { ?x cai:hedge ?h } BIND("hedged claims" AS ?what) }
} GROUP BY ?what ORDER BY ?what' | q
echo "## statements per seed"
printf '%s\n%s\n' "$P" 'SELECT ?seed (COUNT(DISTINCT ?st) AS ?statements) WHERE {
  GRAPH ?g1 { ?st a cai:Statement ; cai:statedIn ?e } GRAPH ?g2 { ?e oa:hasSource ?a } GRAPH ?g3 { ?a cai:seedFile ?seed }
} GROUP BY ?seed ORDER BY ?seed' | q
echo "## public questions: count and median query length (characters, comment lines left out)"
for f in "$questions"/*.rq; do grep -v '^#' "$f" | wc -c; done | sort -n | awk '{ v[NR] = $1 } END {
  m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print "questions\t" NR; print "median length\t" m }'

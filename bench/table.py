"""Turns the raw TSV of bench/run.sh into the markdown table with side-by-side ratios."""
import csv
import datetime
import os
import platform
import subprocess
import sys

tsv, rss_file, duration = sys.argv[1], sys.argv[2], sys.argv[3]
rows = list(csv.DictReader(open(tsv), delimiter="\t"))
by = {(r["target"], r["server"], r["concurrency"]): r for r in rows}
conc = sorted({int(r["concurrency"]) for r in rows})
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
print(f"# HTTP benchmark, {datetime.date.today()}\n")
print(f"Machine: {os.cpu_count()} cores, {mem:.0f} GiB, {platform.system()} {platform.release()}, {java}.")
print(f"Load: wrk on loopback, 2 s warm-up, {duration} s measured per cell; all servers up at once, measured one at a time.")
print("CPU/req: server user+system CPU during the run divided by the requests (microseconds).\n")
print("## SPARQL mix: ours vs bare Fuseki 5.6.0 vs Virtuoso 7\n")
print("`ours` answers repeated GETs from its answer cache (the graph is immutable); `uncached` is the same server with")
print("`--no-query-cache`, so every request runs the query: the ratios are given for both.\n")
print("| query | c | ours QPS | uncached QPS | bare QPS | ours/bare | uncached/bare | Virtuoso QPS | ours/Virtuoso | uncached/Virtuoso | p50 / p99 ms (ours, uncached, bare, Virtuoso) | CPU/req us (ours, uncached, bare, Virtuoso) | non-2xx + socket errors (ours, uncached, bare, Virtuoso) |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for t in ["sparql-lookup", "sparql-claims", "sparql-count", "sparql-prov", "sparql-text"]:
    for c in conc:
        o = by.get((t, "ours", str(c)))
        u = by.get((t, "uncached", str(c)))
        b = by.get((t, "bare", str(c)))
        v = by.get((t, "virtuoso", str(c)))
        if not o:
            continue
        def ratio(x, me=None):
            me = me or o
            return f"{float(me['qps']) / float(x['qps']):.2f}" if me and x and float(x["qps"]) > 0 else "n/a"
        def lat(x):
            return f"{x['p50_ms']} / {x['p99_ms']}" if x else "-"
        def get(x, k):
            return x[k] if x else "-"
        def errs(x):
            return str(int(x["non2xx"]) + int(x["socket_errors"])) if x else "-"
        nob = "n/a (no text index)"
        print(f"| {t[7:]} | {c} | {o['qps']} | {get(u, 'qps')} | {get(b, 'qps')} | {ratio(b) if b else nob} "
              f"| {ratio(b, u) if b else nob} | {get(v, 'qps')} | {ratio(v)} | {ratio(v, u)} "
              f"| {lat(o)}; {lat(u)}; {lat(b)}; {lat(v)} "
              f"| {o['cpu_us_per_req']}, {get(u, 'cpu_us_per_req')}, {get(b, 'cpu_us_per_req')}, {get(v, 'cpu_us_per_req')} "
              f"| {errs(o)}, {errs(u)}, {errs(b)}, {errs(v)} |")
print("\n## Dereference: ours vs static files on the same Jetty (the ceiling)\n")
print("| document | c | ours QPS | static QPS | ours/static | ours p50 / p99 ms | static p50 / p99 ms | ours CPU/req us | static CPU/req us |")
print("|---|---|---|---|---|---|---|---|---|")
for t in ["deref-html", "deref-ttl"]:
    for c in conc:
        o = by.get((t, "ours", str(c)))
        s = by.get((t, "static", str(c)))
        if o and s:
            print(f"| {t[6:]} | {c} | {o['qps']} | {s['qps']} | {float(o['qps']) / float(s['qps']):.2f} | {o['p50_ms']} / {o['p99_ms']} | {s['p50_ms']} / {s['p99_ms']} | {o['cpu_us_per_req']} | {s['cpu_us_per_req']} |")
print("\n## Empty handler (ceiling)\n")
print("| c | QPS | p50 / p99 ms | CPU/req us |")
print("|---|---|---|---|")
for c in conc:
    e = by.get(("empty", "static", str(c)))
    if e:
        print(f"| {c} | {e['qps']} | {e['p50_ms']} / {e['p99_ms']} | {e['cpu_us_per_req']} |")
print("\n## Peak RSS\n")
for line in open(rss_file):
    _, server, mb = line.split()
    print(f"- {server}: {mb} MB")

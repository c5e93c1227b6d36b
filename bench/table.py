"""Turns the raw TSV of bench/run.sh into markdown tables with side-by-side ratios."""
import csv
import datetime
import os
import platform
import subprocess
import sys

tsv, rss_file, duration = sys.argv[1], sys.argv[2], sys.argv[3]
soak_rss = sys.argv[4] if len(sys.argv) > 4 and os.path.exists(sys.argv[4]) else None
rows = list(csv.DictReader(open(tsv), delimiter="\t"))
by = {(r["target"], r["server"], r["concurrency"]): r for r in rows}
conc = sorted({int(r["concurrency"]) for r in rows if r["target"] != "soak"})
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
SPARQL = ["sparql-lookup", "sparql-claims", "sparql-count", "sparql-prov", "sparql-text"]
SERVERS = ["ours", "uncached", "bare", "virtuoso"]


def get(t, s, c):
    return by.get((t, s, str(c)))


def qps(r):
    return r["qps"] if r else "-"


def ratio(a, b):
    return f"{float(a['qps']) / float(b['qps']):.2f}" if a and b and float(b["qps"]) > 0 else "-"


def lat(r):
    return f"{r['p50_ms']} / {r['p90_ms']} / {r['p99_ms']} / {r['max_ms']}" if r else "-"


def errs(r):
    return str(int(r["non2xx"]) + int(r["socket_errors"])) if r else "-"


def sparql_cells():
    """(query name, concurrency, ours, uncached, bare, Virtuoso) for every measured SPARQL cell."""
    for t in SPARQL:
        for c in conc:
            o, u, b, v = (get(t, s, c) for s in SERVERS)
            if o:
                yield t[7:], c, o, u, b, v


def gc(r):
    if not r or r["gc_pauses"] == "-":
        return "-"
    return f"{r['gc_pauses']} / {r['gc_total_ms']} / {r['gc_max_ms']}"


print(f"# HTTP benchmark, {datetime.date.today()}\n")
print(f"Machine: {os.cpu_count()} cores, {mem:.0f} GiB, {platform.system()} {platform.release()}, {java}.")
print(f"Load: wrk on loopback, 2 s warm-up, {duration} s measured per cell; all servers up at once; for each")
print("concurrency and query the servers are measured one after another.")
print("CPU/req: server user+system CPU during the cell divided by its requests (microseconds). GC: pauses")
print("logged by the JVM (-Xlog:gc) during the cell: count / total ms / longest ms (Virtuoso is not a JVM).\n")
print("## SPARQL mix, QPS: ours vs bare Fuseki 5.6.0 vs Virtuoso 7\n")
print("`ours` answers repeated GETs from its answer cache (the graph is immutable); `uncached` is the same server")
print("with `--no-query-cache`, so every request runs the query in the engine.\n")
print("| query | c | ours | uncached | bare | Virtuoso | uncached/bare | uncached/Virtuoso | ours/bare | ours/Virtuoso |")
print("|---|---|---|---|---|---|---|---|---|---|")
for name, c, o, u, b, v in sparql_cells():
    print(f"| {name} | {c} | {qps(o)} | {qps(u)} | {qps(b) if b else 'no text index'} | {qps(v)} | {ratio(u, b)} "
          f"| {ratio(u, v)} | {ratio(o, b)} | {ratio(o, v)} |")
print("\n## SPARQL mix, latency (p50 / p90 / p99 / max ms), errors and GC\n")
print("| query | c | ours | uncached | bare | Virtuoso | non-2xx + socket errors (o, u, b, V) | CPU/req us (o, u, b, V) | GC ours | GC uncached | GC bare |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for name, c, o, u, b, v in sparql_cells():
    cpu = ", ".join(r["cpu_us_per_req"] if r else "-" for r in (o, u, b, v))
    print(f"| {name} | {c} | {lat(o)} | {lat(u)} | {lat(b)} | {lat(v)} | {', '.join(errs(r) for r in (o, u, b, v))} "
          f"| {cpu} | {gc(o)} | {gc(u)} | {gc(b)} |")
print("\n## Dereference: ours vs static files on the same Jetty (the ceiling)\n")
print("| document | c | ours QPS | static QPS | ours/static | ours p50 / p90 / p99 / max ms | static p50 / p90 / p99 / max ms | CPU/req us (ours, static) | errors (ours, static) | GC ours | GC static |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for t in ["deref-html", "deref-ttl"]:
    for c in conc:
        o, s = get(t, "ours", c), get(t, "static", c)
        if o and s:
            print(f"| {t[6:]} | {c} | {o['qps']} | {s['qps']} | {ratio(o, s)} | {lat(o)} | {lat(s)} "
                  f"| {o['cpu_us_per_req']}, {s['cpu_us_per_req']} | {errs(o)}, {errs(s)} | {gc(o)} | {gc(s)} |")
print("\n## Empty handler (ceiling)\n")
print("| c | QPS | p50 / p90 / p99 / max ms | CPU/req us |")
print("|---|---|---|---|")
for c in conc:
    e = get("empty", "static", c)
    if e:
        print(f"| {c} | {e['qps']} | {lat(e)} | {e['cpu_us_per_req']} |")
soaks = [r for r in rows if r["target"] == "soak"]
if soaks:
    rss = {}
    if soak_rss:
        for line in open(soak_rss):
            server, before, after = line.split()
            rss[server] = f"{before} -> {after}"
    print("\n## Soak: 64 clients, entity lookup (static: the entity page)\n")
    print("| server | seconds | QPS | p50 / p90 / p99 / max ms | non-2xx | socket errors | GC (count / total / max ms) | RSS MB before -> after |")
    print("|---|---|---|---|---|---|---|---|")
    for r in soaks:
        print(f"| {r['server']} | {os.environ.get('SOAK', '60')} | {r['qps']} | {lat(r)} | {r['non2xx']} | {r['socket_errors']} "
              f"| {gc(r)} | {rss.get(r['server'], '-')} |")
print("\n## Peak RSS (whole run)\n")
for line in open(rss_file):
    _, server, mb = line.split()
    print(f"- {server}: {mb} MB")

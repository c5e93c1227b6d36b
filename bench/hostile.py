#!/usr/bin/env python3
"""Hostile clients for bench/soak.sh --hostile, against a server on loopback.

Usage: hostile.py PORT SECONDS [SLOW] [BOMBS]   (default 16 slow bodies, 8 expression bombs)

- slow bodies: POST /sparql with Content-Length: 5000 (every other one chunked
  without end) and then one byte every 2 s; when the server answers or closes,
  the client connects again, until SECONDS are over.
- expression bombs: POST queries whose one solution computes something huge
  (19 chained squarings, math:pow(10, 3000000), a string doubled 29 times by
  CONCAT), one after another, each waiting at most 120 s for its answer.
Prints how the server answered each kind (status counts, longest wait).
Stops by itself; every socket is closed on exit.
"""
import collections, http.client, socket, sys, threading, time, urllib.parse

PORT, SECONDS = int(sys.argv[1]), float(sys.argv[2])
SLOW = int(sys.argv[3]) if len(sys.argv) > 3 else 16
BOMBS = int(sys.argv[4]) if len(sys.argv) > 4 else 8
END = time.time() + SECONDS
lock = threading.Lock()
seen = {"slow": collections.Counter(), "bomb": collections.Counter()}
longest = {"slow": 0.0, "bomb": 0.0}
inflight = collections.Counter()


def record(kind, what, waited):
    with lock:
        seen[kind][what] += 1
        longest[kind] = max(longest[kind], waited)


def squarings(n):
    binds = " ".join(f"BIND(?v{i} * ?v{i} AS ?v{i + 1})" for i in range(n))
    return f"SELECT ?v{n} WHERE {{ BIND(10 AS ?v0) {binds} }}"


def doublings(n):
    binds = " ".join(f"BIND(CONCAT(?s{i}, ?s{i}) AS ?s{i + 1})" for i in range(n))
    return f'SELECT (STRLEN(?s{n}) AS ?len) WHERE {{ BIND("x" AS ?s0) {binds} }}'


QUERIES = [
    squarings(19),
    "PREFIX math: <http://www.w3.org/2005/xpath-functions/math#> SELECT (math:pow(10, 3000000) AS ?x) {}",
    doublings(29),
]


def slow_body(i):
    chunked = i % 2 == 1
    while time.time() < END:
        t0 = time.time()
        try:
            s = socket.create_connection(("127.0.0.1", PORT), timeout=5)
            framing = "Transfer-Encoding: chunked" if chunked else "Content-Length: 5000"
            s.sendall(f"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                      f"{framing}\r\n\r\n".encode())
            s.settimeout(2)
            answer = None
            while time.time() < END and answer is None:
                s.sendall(b"1\r\n \r\n" if chunked else b" ")
                try:
                    data = s.recv(64)
                    answer = data.split(b"\r\n")[0].decode(errors="replace")[9:12] if data else "closed"
                except socket.timeout:
                    pass
            s.close()
            if answer:
                record("slow", answer, time.time() - t0)
        except OSError as e:
            record("slow", type(e).__name__, time.time() - t0)
            time.sleep(0.5)


def bomb(i):
    k = i
    while time.time() < END:
        query = QUERIES[k % len(QUERIES)]
        k += 1
        t0 = time.time()
        with lock:
            inflight["bomb"] += 1
        try:
            c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
            c.request("POST", "/sparql", urllib.parse.urlencode({"query": query}),
                      {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
            status = c.getresponse().status
            c.close()
            record("bomb", str(status), time.time() - t0)
        except (OSError, http.client.HTTPException) as e:
            record("bomb", type(e).__name__, time.time() - t0)
            time.sleep(0.5)
        finally:
            with lock:
                inflight["bomb"] -= 1


threads = [threading.Thread(target=slow_body, args=(i,), daemon=True) for i in range(SLOW)]
threads += [threading.Thread(target=bomb, args=(i,), daemon=True) for i in range(BOMBS)]
for t in threads:
    t.start()
for t in threads:
    t.join(max(0.0, END - time.time()) + 1)
for kind, n in (("slow", SLOW), ("bomb", BOMBS)):
    answers = ", ".join(f"{k} x{v}" for k, v in sorted(seen[kind].items())) or "none finished"
    print(f"hostile {kind}: {n} clients; answers: {answers}; longest wait {longest[kind]:.1f} s")
print(f"hostile bomb: {inflight['bomb']} still unanswered at the end")

#!/usr/bin/env python3
"""Latency of the order lists over HTTP against a running ordercore on generated data.

    bench/data/list-http.py --url http://localhost:8080 --db="-h 127.0.0.1 -U postgres -d DB" [--requests 200]

Signs in as the generated accounts (password bench-password-1): an administrator for the admin list
with each filter combination, a point manager, an operator and a client for their scoped lists. Each
combination is requested --requests times in a row on one keep-alive connection (after a warm-up
pass over all of them, and 10 more per combination, not counted), with values rotating over a few
real ones, so every connection of the
service's pool runs each statement shape many times (server-side prepared statements and generic
plans would kick in from the 6th). Prints p50/p95/p99/max in ms per combination and writes JSON
with --json FILE. Standard library only; psql must be on PATH (it picks the values from the data).
"""
import argparse
import base64
import http.client
import json
import statistics
import subprocess
import sys
import time
import urllib.parse
from datetime import date, timedelta


def psql(db, sql):
    out = subprocess.run(["psql", *db.split(), "-AtX", "-F", "\t", "-c", sql], check=True,
                         capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def cursor(sort, instant_sql_row):
    seconds, nanos, order_id = instant_sql_row
    plain = f"{sort}|{seconds}|{nanos}|{order_id}"
    return base64.urlsafe_b64encode(plain.encode()).decode().rstrip("=")


class Client:
    def __init__(self, url):
        parsed = urllib.parse.urlparse(url)
        self.host, self.port = parsed.hostname, parsed.port or 80
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        self.token = None

    def request(self, method, path, body=None):
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        data = json.dumps(body) if body is not None else None
        for attempt in range(2):
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
                return response.status, payload
            except (http.client.HTTPException, ConnectionError):
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
                if attempt:
                    raise

    def sign_in(self, email, password):
        status, payload = self.request("POST", "/api/v1/auth/sign-in", {"email": email, "password": password})
        if status != 200:
            sys.exit(f"sign-in as {email} failed: {status} {payload[:200]!r}")
        self.token = json.loads(payload)["accessToken"]
        return self


def measure(client, name, paths, requests, warmup=10):
    times = []
    rows = 0
    for k in range(requests + warmup):
        path = paths[k % len(paths)]
        start = time.perf_counter()
        status, payload = client.request("GET", path)
        elapsed = (time.perf_counter() - start) * 1000
        if status != 200:
            sys.exit(f"{name}: {path} -> {status} {payload[:300]!r}")
        if k >= warmup:
            times.append(elapsed)
            rows += len(json.loads(payload)["items"])
    times.sort()
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    result = {"name": name, "requests": len(times), "p50": round(statistics.median(times), 2),
              "p95": round(pick(0.95), 2), "p99": round(pick(0.99), 2), "max": round(times[-1], 2),
              "avg_rows": round(rows / len(times), 1), "example": paths[0]}
    print(f"{name:<52} p50 {result['p50']:7.2f}  p95 {result['p95']:7.2f}  p99 {result['p99']:7.2f}"
          f"  max {result['max']:7.2f}  rows {result['avg_rows']}", flush=True)
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", default="http://localhost:8080")
    ap.add_argument("--db", required=True, help='psql connection options, e.g. --db="-h 127.0.0.1 -U postgres -d DB"')
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=50, help="requests per combination first, to warm the JVM up")
    ap.add_argument("--password", default="bench-password-1")
    ap.add_argument("--json")
    args = ap.parse_args()
    db = args.db

    admin = psql(db, "SELECT email FROM account WHERE role = 'ADMIN' AND email LIKE '%@staff.example.com' ORDER BY id LIMIT 1")[0][0]
    manager, small_point = psql(db, "SELECT a.email, a.point_id FROM account a JOIN orders o ON o.point_id = a.point_id"
                                    " WHERE a.role = 'POINT_MANAGER' GROUP BY 1, 2 ORDER BY count(*) LIMIT 1")[0]
    operator = psql(db, "SELECT a.email FROM account a JOIN orders o ON o.operator_id = a.id"
                        " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")[0][0]
    heavy_client = psql(db, "SELECT a.email FROM account a JOIN orders o ON o.owner_account_id = a.id"
                            " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")[0][0]
    emails = [r[0] for r in psql(db, "SELECT client_email FROM orders WHERE id % 9973 = 0 LIMIT 20")]
    phones = [r[0][:9] for r in psql(db, "SELECT recipient_phone FROM orders WHERE id % 7919 = 0 LIMIT 20")]
    names = [r[0][:10] for r in psql(db, "SELECT client_name FROM orders WHERE id % 6007 = 0 LIMIT 20")]
    recipients = [r[0][:8] for r in psql(db, "SELECT recipient_name FROM orders WHERE id % 5003 = 0 LIMIT 20")]
    today = date.fromisoformat(psql(db, "SELECT max(created_at)::date FROM orders")[0][0])
    deep = [cursor("CREATED_DESC", r) for r in psql(
        db, "SELECT extract(epoch FROM date_trunc('second', created_at))::bigint,"
            " (extract(microseconds FROM created_at)::bigint % 1000000) * 1000, id FROM"
            " (SELECT created_at, id FROM orders ORDER BY created_at DESC, id DESC OFFSET 500000 LIMIT 10) x")]
    q = urllib.parse.quote
    days_ago = lambda n: (today - timedelta(days=n)).isoformat()

    admin_client = Client(args.url).sign_in(admin, args.password)
    combos = [
        ("01 no filter, first page", ["/api/v1/admin/orders"]),
        ("02 no filter, page at 500,000 (cursor)", [f"/api/v1/admin/orders?cursor={c}" for c in deep]),
        ("03 status COMPLETED", ["/api/v1/admin/orders?status=COMPLETED"]),
        ("04 status ERROR", ["/api/v1/admin/orders?status=ERROR"]),
        ("06 status FAILED,ERROR", ["/api/v1/admin/orders?status=FAILED,ERROR"]),
        ("07 status PAID,OPERATOR_PROPOSED,IN_PROGRESS", ["/api/v1/admin/orders?status=PAID,OPERATOR_PROPOSED,IN_PROGRESS"]),
        ("08 created in one month a year ago",
         [f"/api/v1/admin/orders?createdFrom={days_ago(365 + k)}&createdTo={days_ago(335 + k)}" for k in range(10)]),
        ("09 scheduled on one day, 1-10 days ahead",
         [f"/api/v1/admin/orders?scheduledFrom={days_ago(-k)}&scheduledTo={days_ago(-k - 1)}" for k in range(1, 11)]),
        ("10 scheduled on one day, 200-209 days ago",
         [f"/api/v1/admin/orders?scheduledFrom={days_ago(200 + k)}&scheduledTo={days_ago(199 + k)}" for k in range(10)]),
        ("11 scheduled before a day 200-209 days ago",
         [f"/api/v1/admin/orders?scheduledTo={days_ago(200 + k)}" for k in range(10)]),
        ("12 scheduled on one day 200-209 days ago, CREATED_ASC",
         [f"/api/v1/admin/orders?scheduledFrom={days_ago(200 + k)}&scheduledTo={days_ago(199 + k)}&sort=CREATED_ASC"
          for k in range(10)]),
        ("14 created in the last 7 days, SCHEDULED_ASC", [f"/api/v1/admin/orders?createdFrom={days_ago(7)}&sort=SCHEDULED_ASC"]),
        ("15 clientEmail prefix, common (first name)",
         [f"/api/v1/admin/orders?clientEmail={q(e.split('.')[0])}" for e in emails]),
        ("16 clientEmail = one client's address", [f"/api/v1/admin/orders?clientEmail={q(e)}" for e in emails]),
        ("17 clientEmail prefix, no match", [f"/api/v1/admin/orders?clientEmail=nobody{k}" for k in range(20)]),
        ("18 clientName prefix (10 chars)", [f"/api/v1/admin/orders?clientName={q(n)}" for n in names]),
        ("19 recipientName prefix (8 chars)", [f"/api/v1/admin/orders?recipientName={q(n)}" for n in recipients]),
        ("20 recipientPhone prefix (9 chars)", [f"/api/v1/admin/orders?recipientPhone={q(p)}" for p in phones]),
        ("21 recipientPhone prefix +7916", ["/api/v1/admin/orders?recipientPhone=%2B7916"]),
        ("31 COMPLETED + callType + created month",
         [f"/api/v1/admin/orders?status=COMPLETED&callTypeId={40 - k}&createdFrom={days_ago(365)}&createdTo={days_ago(335)}"
          for k in range(10)]),
        ("32 CANCELLED + clientEmail prefix",
         [f"/api/v1/admin/orders?status=CANCELLED&clientEmail={q(e.split('.')[0])}" for e in emails]),
        ("33 COMPLETED + scheduled on one day 200-209 days ago",
         [f"/api/v1/admin/orders?status=COMPLETED&scheduledFrom={days_ago(200 + k)}&scheduledTo={days_ago(199 + k)}"
          for k in range(10)]),
        ("34 limit 1000, no filter", ["/api/v1/admin/orders?limit=1000"]),
    ]
    scoped = [
        (manager, "24 point manager, own point", ["/api/v1/admin/orders"]),
        (manager, "26 point manager, own point, ERROR", ["/api/v1/admin/orders?status=ERROR"]),
        (operator, "27 operator, orders held (admin list)", ["/api/v1/admin/orders"]),
        (heavy_client, "29 client's own list, heaviest client", ["/api/v1/me/orders"]),
    ]
    clients = {email: Client(args.url).sign_in(email, args.password) for email, _, _ in scoped}
    runs = [(admin_client, name, paths) for name, paths in combos] + [(clients[e], n, p) for e, n, p in scoped]
    if args.warmup:
        print(f"warming up: {args.warmup} requests per combination, not counted", flush=True)
        for client, name, paths in runs:
            for k in range(args.warmup):
                client.request("GET", paths[k % len(paths)])
    results = [measure(client, name, paths, args.requests) for client, name, paths in runs]
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"url": args.url, "requests": args.requests, "results": results}, f, indent=2)


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Registry benchmark (issue 4): wrk against resolve and against the download of a 200 KB package,
# and the same download from nginx serving the same bytes from disk, all in one run.
# Prints requests/s, p50/p99, the ratios, and the registry's memory at rest and under load.
#   Benchmarks/registry/bench.sh [--duration 10] [--connections 32]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DURATION=10
CONNECTIONS=32
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

if [ "${SKIP_BUILD:-0}" != 1 ]; then swift build -c release --product junction --package-path "$ROOT" >&2; fi
BIN="$ROOT/.build/release/junction"

WORK=$(mktemp -d /tmp/junction-bench-XXXXXX)
chmod 755 "$WORK"
SERVE_PID=""
NGINX_PID=""
cleanup() {
  [ -n "$SERVE_PID" ] && kill -INT "$SERVE_PID" 2>/dev/null && wait "$SERVE_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT=18181
NGINX_PORT=18182
export HOME="$WORK/home"
mkdir -p "$HOME" && chmod 755 "$HOME"
"$BIN" serve --port $PORT --no-seed --rate-limit 0 >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVE_PID=$!
for _ in $(seq 1 300); do grep -q "dev token" "$WORK/serve.out" 2>/dev/null && break; sleep 0.2; done
TOKEN=$(grep "dev token" "$WORK/serve.out" | awk '{print $3}')
URL="http://127.0.0.1:$PORT"
[ -n "$TOKEN" ] || { echo "the registry did not start:"; cat "$WORK/serve.err"; exit 1; }

# A vendor, a key and a connector whose archive is about 200 KB (a new vendor each run: as root the
# embedded database lives in /var/lib/junction/postgres and is shared between runs).
VENDOR="bench$(date +%s)"
curl -sS -X POST "$URL/v1/vendors" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" -d "{\"name\":\"$VENDOR\"}" | grep -q '"name"' || { echo "cannot create the vendor" >&2; exit 1; }
"$BIN" keys generate -o "$WORK/bench.key" >/dev/null
"$BIN" keys register "$WORK/bench.key" --vendor "$VENDOR" --registry "$URL" --token "$TOKEN" >/dev/null
"$BIN" connector init "$VENDOR/big" --dir "$WORK/big" >/dev/null
python3 - "$WORK/big/README.md" <<'PY'
import random, sys
random.seed(7)
words = ["connector", "invoice", "customer", "pagination", "token", "webhook", "schema", "retry", "cursor", "flow"]
text = "# Big\n\n" + "\n".join(" ".join(random.choice(words) for _ in range(12)) for _ in range(2300)) + "\n"
open(sys.argv[1], "w").write(text)
PY
"$BIN" publish "$WORK/big" --key "$WORK/bench.key" --registry "$URL" --token "$TOKEN" >/dev/null
PKG="$URL/v1/connectors/$VENDOR/big/0.1.0/package"
curl -sf "$PKG" -o "$WORK/big.zip"
SIZE=$(stat -c %s "$WORK/big.zip")

# nginx serving the same bytes from disk.
mkdir -p "$WORK/www/v1/connectors/$VENDOR/big/0.1.0" "$WORK/nginx"
cp "$WORK/big.zip" "$WORK/www/v1/connectors/$VENDOR/big/0.1.0/package"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx; fastcgi_temp_path $WORK/nginx; uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    default_type application/zip;
  }
}
CONF
"$NGINX" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
sleep 1

rss() { ps -o rss= -p "$SERVE_PID" | tr -d ' '; }
REST_KB=$(rss)
run_wrk() { wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1" 2>&1; }
RESOLVE=$(run_wrk "$URL/v1/resolve/$VENDOR/big?range=%5E0.1")
PEAK_RESOLVE_KB=$(rss)
DOWNLOAD=$(run_wrk "$PKG")
PEAK_DOWNLOAD_KB=$(rss)
NGINXOUT=$(run_wrk "http://127.0.0.1:$NGINX_PORT/v1/connectors/$VENDOR/big/0.1.0/package")
# Resolve latency at a paced load: 2,000 requests/s spread over the connections, measured by a Python client.
PACED=$(python3 "$ROOT/Benchmarks/registry/paced.py" "$URL/v1/resolve/$VENDOR/big?range=%5E0.1" 2000 "$DURATION")

python3 - "$SIZE" "$REST_KB" "$PEAK_RESOLVE_KB" "$PEAK_DOWNLOAD_KB" <<PY
import re, sys
size, rest, peak_r, peak_d = (int(x) for x in sys.argv[1:5])
def parse(text):
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    def lat(p):
        m = re.search(r"\s%s%%\s+([\d.]+)(us|ms|s)" % p, text)
        v, u = float(m.group(1)), m.group(2)
        return v / 1000 if u == "us" else v * 1000 if u == "s" else v
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return rps, lat(50), lat(99), int(errors.group(1)) if errors else 0
resolve = parse("""$RESOLVE""")
download = parse("""$DOWNLOAD""")
nginx = parse("""$NGINXOUT""")
print(f"package size {size} bytes; wrk -t2 -c$CONNECTIONS -d${DURATION}s on 2 cores shared by client and server")
print(f"{'target':<26}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'MB/s':>10}{'errors':>8}")
for name, (rps, p50, p99, err) in [("registry resolve", resolve), ("registry download", download), ("nginx download", nginx)]:
    mbs = rps * size / 1e6 if "download" in name else 0
    print(f"{name:<26}{rps:>10.0f}{p50:>10.2f}{p99:>10.2f}{mbs:>10.1f}{err:>8}")
print(f"download throughput, registry / nginx: {download[0] / nginx[0]:.2f}x (target >= 0.70x)")
print("""$PACED""".strip())
print(f"registry memory (RSS): at rest {rest/1024:.1f} MiB, after resolve load {peak_r/1024:.1f} MiB, after download load {peak_d/1024:.1f} MiB")
PY

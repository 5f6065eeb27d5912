#!/usr/bin/env bash
# Runs every corpus script through the junction CLI and lists the ones whose output differs from CPython's.
# Usage: scripts/corpus-diff.sh [PATTERN]   (builds nothing: run `swift build` first)
cd "$(dirname "$0")/.."
bin=.build/debug/junction
pass=0; fail=0; failed=()
for f in Tests/DatawayTests/Corpus/${1:-*}.py; do
  exp="${f%.py}.expected"
  [ -f "$exp" ] || continue
  if timeout 20 "$bin" dataway run "$f" > /tmp/corpus.out 2>/tmp/corpus.err && cmp -s /tmp/corpus.out "$exp"; then
    pass=$((pass+1))
  else
    fail=$((fail+1)); failed+=("$(basename "$f" .py)")
  fi
done
printf '%s\n' "${failed[@]}"
echo "$pass passed, $fail failed"

#!/usr/bin/env bash
# Runs every application of a JSON Lines file through `estimate` (its default
# output), then all of them as one JSON array, and writes each run's exit code,
# standard output and standard error: two builds that answer the same write
# the same bytes.
#
#   node scripts/corpus.mjs 500 > /tmp/apps.jsonl
#   cat /work/shared/examples.jsonl | jq -c .app >> /tmp/apps.jsonl   # optional
#   scripts/estimate-corpus.sh BEFORE/estimate /tmp/apps.jsonl > /tmp/before.txt
#   scripts/estimate-corpus.sh target/release/estimate /tmp/apps.jsonl > /tmp/after.txt
#   cmp /tmp/before.txt /tmp/after.txt && echo byte-identical
#
# Extra arguments after the file go to every run (e.g. `--lang zh-Hans`).
set -euo pipefail
bin=$1 file=$2
shift 2
n=0
while IFS= read -r line || [[ -n $line ]]; do
  [[ -z $line ]] && continue
  n=$((n + 1))
  printf '=== %d\n' "$n"
  set +e
  out=$(printf '%s' "$line" | "$bin" "$@" 2>/tmp/estimate-corpus.err.$$)
  code=$?
  set -e
  printf 'exit %d\n%s\n--- stderr\n' "$code" "$out"
  cat /tmp/estimate-corpus.err.$$
done <"$file"
printf '=== all as one array\n'
set +e
out=$( (printf '['; grep -v '^$' "$file" | paste -sd, -; printf ']') | "$bin" "$@" 2>/tmp/estimate-corpus.err.$$)
code=$?
set -e
printf 'exit %d\n%s\n--- stderr\n' "$code" "$out"
cat /tmp/estimate-corpus.err.$$
rm -f /tmp/estimate-corpus.err.$$

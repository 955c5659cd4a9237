#!/usr/bin/env bash
# Size of the rules engine alone compiled to wasm (release, wasm-opt -Oz), raw and gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/e2e/node_modules/.bin:$PATH"
cargo build --quiet --release --example engine_wasm --target wasm32-unknown-unknown
wasm=target/wasm32-unknown-unknown/release/examples/engine_wasm.wasm
out=target/engine_wasm.opt.wasm
if command -v wasm-opt >/dev/null; then wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals "$wasm" -o "$out"; else cp "$wasm" "$out"; fi
printf 'engine wasm: %s bytes raw, %s bytes gzipped (-9)\n' "$(wc -c <"$out")" "$(gzip -9 -c "$out" | wc -c)"

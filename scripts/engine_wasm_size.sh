#!/usr/bin/env bash
# Size of the rules engine alone compiled to wasm (release, wasm-opt -Oz), raw and gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/e2e/node_modules/.bin:$PATH"
cargo build --quiet --release --example engine_wasm --features engine-only --target wasm32-unknown-unknown
wasm=target/wasm32-unknown-unknown/release/examples/engine_wasm.wasm
# The same steps Trunk takes for the app: wasm-bindgen (drops its metadata), then wasm-opt.
wasm-bindgen --target web --no-typescript --out-dir target/engine-wasm "$wasm"
wasm=target/engine-wasm/engine_wasm_bg.wasm
out=target/engine_wasm.opt.wasm
if command -v wasm-opt >/dev/null; then wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals "$wasm" -o "$out"; else cp "$wasm" "$out"; fi
printf 'engine wasm: %s bytes raw, %s bytes gzipped (-9)\n' "$(wc -c <"$out")" "$(gzip -9 -c "$out" | wc -c)"

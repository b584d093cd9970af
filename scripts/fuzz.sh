#!/usr/bin/env bash
# Fuzzes the matcher, the conversation and the transcript parser with libFuzzer.
# Usage: scripts/fuzz.sh [SECONDS]   (default 60). Crashes land in .build-fuzz/crashes/; turn each into a test.
#
# The target is instrumented for coverage and AddressSanitizer and linked with libFuzzer's no-main runtime:
# SwiftPM names an executable's entry point itself, so the target starts libFuzzer's driver from there.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
toolchain="$(dirname "$(readlink -f "$(command -v swift)")")/.."
runtime="$(find "$toolchain/lib" -name 'libclang_rt.fuzzer_no_main-x86_64.a' | head -1)"
[ -n "$runtime" ] || { echo "fuzz.sh: libFuzzer's runtime is not in this Swift toolchain" >&2; exit 2; }
swift build -c debug --scratch-path .build-fuzz --product orderhelp-fuzz \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
    -Xswiftc -parse-as-library -Xswiftc -DFUZZING \
    -Xlinker "$runtime" -Xlinker -lstdc++ 2>&1 | grep -v 'ld.gold: warning' || true
binary=.build-fuzz/debug/orderhelp-fuzz
[ -x "$binary" ] || { echo "fuzz.sh: the fuzz target did not build" >&2; exit 2; }
corpus=.build-fuzz/corpus
mkdir -p "$corpus" .build-fuzz/crashes
# Seed the corpus with the transcripts and every intent example.
cp transcripts/*.txt "$corpus"/
grep -h '^  - ' intents/*.yaml | sed 's/^  - //' | split -l 1 - "$corpus/example-"
ASAN_OPTIONS=detect_leaks=0 "$binary" "$corpus" \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=.build-fuzz/crashes/ -print_final_stats=1

#!/usr/bin/env bash
# Fuzzes orderhelp with libFuzzer and AddressSanitizer, on an optimised build. docs/fuzzing.md records the last
# campaign (a million executions of the conversation target).
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET] [-- LIBFUZZER-OPTION...]
#   SECONDS  how long to fuzz (default 60)
#   TARGET   conversation  conversations whose lines the input's bytes choose (see Tests/ConversationProperties),
#                          every turn checked against the properties, /save replayed
#            intents       the bytes as an intent file
#            transcript    the bytes as a transcript, parsed and replayed
#            all           the three in turn (the default): half the time to conversation, a quarter to each other
#   e.g. scripts/fuzz.sh 20000 conversation -- -runs=500000   (run two side by side on two cores)
#
# A crash, a sanitizer report or a broken property lands in .build-fuzz/crashes/TARGET/; copy it to
# Tests/Fixtures/fuzz/TARGET/ (FuzzRegressionTests replays it) and fix it. To run one input again:
#   ORDERHELP_FUZZ_TARGET=TARGET .build-fuzz/release/orderhelp-fuzz FILE
#
# The target is instrumented for coverage (Swift and C: the YAML parser is C) and linked with libFuzzer's
# no-main runtime: the target's own main starts libFuzzer's driver (LLVMFuzzerRunDriver).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=60
target=all
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    case "$1" in
        ''|*[!0-9]*) target="$1" ;;
        *) seconds="$1" ;;
    esac
    shift
done
[ "${1:-}" = "--" ] && shift
case "$target" in
    conversation|intents|transcript|all) ;;
    *) echo "fuzz.sh: unknown target '$target'; use conversation, intents, transcript or all" >&2; exit 2 ;;
esac

toolchain="$(dirname "$(readlink -f "$(command -v swift)")")/.."
runtime="$(find "$toolchain/lib" -name 'libclang_rt.fuzzer_no_main-x86_64.a' | head -1)"
[ -n "$runtime" ] || { echo "fuzz.sh: libFuzzer's runtime is not in this Swift toolchain" >&2; exit 2; }
coverage=edge,inline-8bit-counters,pc-table,trace-cmp
# A failed build must not fuzz the binary an earlier build left.
if ! swift build -c release --scratch-path .build-fuzz --product orderhelp-fuzz \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=$coverage \
    -Xswiftc -DFUZZING \
    -Xcc -fsanitize=address -Xcc -fsanitize-coverage=$coverage \
    -Xlinker "$runtime" -Xlinker -lstdc++ 2>&1 | { grep -v 'ld.gold: warning' || true; }; then
    echo "fuzz.sh: the fuzz target did not build" >&2
    exit 2
fi
binary=.build-fuzz/release/orderhelp-fuzz

# Seeds: the intent files and the transcripts for their targets. A conversation input is a stream of choices,
# which libFuzzer finds from nothing; the transcripts' lines seed its raw-lines mode (a first byte of 0).
seed() {
    local corpus=.build-fuzz/corpus/$1
    mkdir -p "$corpus" ".build-fuzz/crashes/$1"
    [ -n "$(ls -A "$corpus")" ] && return
    case "$1" in
        intents) cp intents/*.yaml "$corpus"/ ;;
        transcript) cp transcripts/*.txt "$corpus"/ ;;
        conversation)
            for file in transcripts/*.txt; do
                { printf '\0\0\0'; sed -n 's/^> //p' "$file"; } > "$corpus/$(basename "$file" .txt)"
            done ;;
    esac
}

run() {
    local name=$1 time=$2
    shift 2
    seed "$name"
    local scratch status=0
    scratch="$(mktemp -d)"
    local dictionary=()
    [ -f "scripts/fuzz-$name.dict" ] && dictionary=("-dict=scripts/fuzz-$name.dict")
    echo "fuzz.sh: $name for ${time}s"
    ORDERHELP_FUZZ_TARGET=$name ORDERHELP_FUZZ_SCRATCH="$scratch" ASAN_OPTIONS=detect_leaks=0:malloc_context_size=0 \
        SWIFT_BACKTRACE=enable=no \
        "$binary" ".build-fuzz/corpus/$name" "${dictionary[@]}" \
        -max_total_time="$time" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix=".build-fuzz/crashes/$name/" -print_final_stats=1 "$@" || status=$?
    rm -rf "$scratch"
    return "$status"
}

if [ "$target" = all ]; then
    run conversation $((seconds / 2 > 0 ? seconds / 2 : 1)) "$@"
    run intents $((seconds / 4 > 0 ? seconds / 4 : 1)) "$@"
    run transcript $((seconds / 4 > 0 ? seconds / 4 : 1)) "$@"
else
    run "$target" "$seconds" "$@"
fi

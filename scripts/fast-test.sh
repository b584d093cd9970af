#!/usr/bin/env bash
# The fast loop: every test except those tagged `.tags(.slow)`. `swift test` can't skip by tag, so the slow tests'
# function names are read from the sources and skipped by name. Extra arguments go to `swift test`
# (e.g. `--skip-build`, `--filter Conversation`). `swift test` and `.ci/run` still run everything.
set -euo pipefail
cd "$(dirname "$0")/.."
# The first `func` after each `.tags(.slow)` is the tagged test, named with its suite (the last `struct` above it).
slow=$(find Tests -name '*.swift' -exec awk 'FNR == 1 { suite = ""; want = 0 }
    match($0, /^struct [A-Za-z0-9_]+/) { suite = substr($0, RSTART + 7, RLENGTH - 7) }
    /\.tags\(\.slow\)/ { want = 1 }
    want && match($0, /func [A-Za-z0-9_]+/) { print suite "/" substr($0, RSTART + 5, RLENGTH - 5); want = 0 }' {} + |
    sort -u | paste -sd'|' -)
if [ -z "$slow" ]; then
    exec swift test "$@"
fi
exec swift test --skip "\\.(${slow})\\(" "$@"

#!/usr/bin/env bash
# Trains the learned scorer on intents/, corpus/ and ../shared/eval, writing Sources/CLearnedScorer/scorer-weights.bin
# (commit it with the data). `scripts/train.sh --by-batch [--errors]` measures instead: leave one writer out.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product orderhelp-train >&2
exec .build/release/orderhelp-train "$@"

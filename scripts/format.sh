#!/usr/bin/env bash
# Formats the Swift sources with the toolchain's formatter (`swift format`) and the project's .swift-format
# (120 columns, 4 spaces).
#   scripts/format.sh           format every Swift file in place
#   scripts/format.sh --check   change nothing: print what the formatter would change, exit 1 if anything
# The formatter never breaks a string literal, so a line holding a long one may stay over 120 columns.
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
case "${1:-}" in
    --check) check=true ;;
    "") ;;
    *) echo "usage: scripts/format.sh [--check]" >&2; exit 2 ;;
esac

files=()
while IFS= read -r file; do
    files+=("$file")
done < <(find Package.swift Plugins Sources Tests -name '*.swift' -type f | sort)

if ! $check; then
    swift format format --in-place --parallel --configuration .swift-format "${files[@]}"
    exit 0
fi

differ=0
for file in "${files[@]}"; do
    if ! swift format format --configuration .swift-format "$file" | diff -u --label "$file" --label "$file (formatted)" "$file" -; then
        differ=$((differ + 1))
    fi
done
if [ "$differ" -gt 0 ]; then
    echo "scripts/format.sh: $differ file(s) are not formatted; run scripts/format.sh" >&2
    exit 1
fi
echo "scripts/format.sh: ${#files[@]} files formatted"

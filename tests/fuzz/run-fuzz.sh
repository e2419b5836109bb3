#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer target for a while from its seeds and prints
#   fuzz <target>: S s, N runs, 0 crashes
# usage: run-fuzz.sh FUZZER NAME SECONDS WORKDIR SEEDDIR [openssl]   (HARBOUR_FUZZ_FLAGS: more flags)
# The corpus it grows stays in WORKDIR/corpus-NAME; a crash leaves its input in WORKDIR/crashes-NAME.
# Inputs that crashed an earlier run are replayed first: one that still crashes fails the test at
# once; one that no longer does (the bug was fixed) moves into the corpus and stays a regression case.
set -uo pipefail
fuzzer=$1 name=$2 seconds=$3 work=$4 seeds=$5 extra=${6:-}
corpus=$work/corpus-$name crashes=$work/crashes-$name log=$work/fuzz-$name.log
mkdir -p "$corpus" "$crashes"
if [ -d "$seeds/$name" ]; then cp -n "$seeds/$name"/* "$corpus"/ 2>/dev/null || true; fi
if [ "$extra" = openssl ] && command -v openssl >/dev/null; then
    # Real certificates for the DER reader: EC and RSA, made now.
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout /dev/null \
        -subj /CN=127.0.0.1 -days 1 -outform DER -out "$corpus/cert-ec.der" 2>/dev/null || true
    openssl req -x509 -newkey rsa:2048 -nodes -keyout /dev/null \
        -subj /CN=127.0.0.1 -days 1 -outform DER -out "$corpus/cert-rsa.der" 2>/dev/null || true
fi

for old in "$crashes"/*; do
    [ -f "$old" ] || continue
    # shellcheck disable=SC2086 # HARBOUR_FUZZ_FLAGS holds separate flags
    if "$fuzzer" ${HARBOUR_FUZZ_FLAGS:-} -runs=1 "$old" >"$log" 2>&1; then
        mv "$old" "$corpus/regression-$(basename "$old")"
    else
        tail -60 "$log"
        echo "fuzz $name: 0 s, 0 runs, 1 crashes (an earlier crash input still crashes: $old; log $log)"
        exit 1
    fi
done

start=$(date +%s)
# shellcheck disable=SC2086 # HARBOUR_FUZZ_FLAGS holds separate flags
"$fuzzer" ${HARBOUR_FUZZ_FLAGS:-} -max_total_time="$seconds" -print_final_stats=1 -timeout=20 -rss_limit_mb=3072 -max_len=65536 \
    -artifact_prefix="$crashes/" "$corpus" >"$log" 2>&1
status=$?
elapsed=$(($(date +%s) - start))
runs=$(awk '/stat::number_of_executed_units/ {print $2}' "$log" | tail -1)
found=$(find "$crashes" -type f | wc -l)
if [ "$status" -ne 0 ] || [ "$found" -ne 0 ] || [ -z "$runs" ] || [ "$runs" -eq 0 ]; then
    tail -60 "$log"
    # A sanitizer report that left no input (a leak at exit) still counts as one.
    [ "$status" -ne 0 ] && [ "$found" -eq 0 ] && found=1
    echo "fuzz $name: $elapsed s, ${runs:-0} runs, $found crashes (exit status $status; inputs in $crashes; log $log)"
    exit 1
fi
echo "fuzz $name: $elapsed s, $runs runs, 0 crashes"

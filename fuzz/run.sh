#!/usr/bin/env bash
# Seeds the corpora, then fuzzes every target in turn for SECS seconds each
# (default 180) and prints each run's final libFuzzer numbers.
#
#   bash fuzz/run.sh            # all targets, 3 minutes each
#   SECS=30 bash fuzz/run.sh open repair
#
# Stable toolchains refuse cargo-fuzz's -Z flags; RUSTC_BOOTSTRAP=1 lets
# them through. Logs go to fuzz/logs/<target>.log, crashes to
# fuzz/artifacts/<target>/.
set -uo pipefail
cd "$(dirname "$0")"
export RUSTC_BOOTSTRAP=1
secs=${SECS:-180}
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(parse open claims kit privilege repair signature)

cargo run --quiet --example seed
cargo fuzz build
mkdir -p logs
for t in "${targets[@]}"; do
    echo "== $t (${secs} s)"
    cargo fuzz run "$t" "corpus/$t" -- \
        -max_total_time="$secs" -print_final_stats=1 >"logs/$t.log" 2>&1
    echo "exit status $?"
    grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|stat::number_of_executed_units|panicked|^SUMMARY|Test unit written' "logs/$t.log"
    echo "corpus files: $(find "corpus/$t" -type f | wc -l)"
done

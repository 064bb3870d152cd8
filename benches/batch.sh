#!/usr/bin/env bash
# Reproduces the README's performance table: batch throughput and peak memory
# of the release binary on 1,000,000-line inputs, and the one-shot start-up.
# Not part of CI. Usage: [RUNS=5] bash benches/batch.sh [LINES]
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --locked --quiet
bin=target/release/zego-token
export ZEGO_SERVER_SECRET=fa94dd0f974cf2e293728a526b028271
now=1796000000

python3 - "$lines" > "$work/ids.txt" <<'PY'
import sys
for i in range(int(sys.argv[1])):
    print(f"user_{i:07d}")
PY
"$bin" generate --app-id 1234567890 --now "$now" --user-ids-from "$work/ids.txt" > "$work/gcm.txt"
"$bin" generate --app-id 1234567890 --now "$now" --mode cbc --user-ids-from "$work/ids.txt" > "$work/cbc.txt"

# Runs a command RUNS times (default 5) with stdout to /dev/null; prints the
# median and best wall time as tokens/s, and the peak RSS. This machine is a
# shared VM: single runs vary by +-5%, hence the repeats.
runs=${RUNS:-5}
measure() {
    python3 - "$1" "$lines" "$runs" "${@:2}" <<'PY'
import statistics, subprocess, sys, time
label, n, runs, cmd = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
secs, peak_kb = [], 0
for _ in range(runs):
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    secs.append(time.perf_counter() - start)
    peak_kb = max(peak_kb, int(done.stderr.split()[-1]))
median, best = statistics.median(secs), min(secs)
print(f"{label:<40} {median:6.3f} s  {n / median / 1e6:5.2f} M tokens/s"
      f"  (best {n / best / 1e6:4.2f})  peak {peak_kb / 1024:4.1f} MiB")
PY
}

echo "$lines tokens, median of $runs runs, $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
measure "generate --user-ids-from (gcm)" "$bin" generate --app-id 1234567890 --user-ids-from "$work/ids.txt"
measure "generate --user-ids-from --json (gcm)" "$bin" generate --app-id 1234567890 --json --user-ids-from "$work/ids.txt"
measure "verify --batch --json (gcm)" "$bin" verify --batch --json --now "$now" --input "$work/gcm.txt"
measure "verify --batch --json (cbc)" "$bin" verify --batch --json --now "$now" --input "$work/cbc.txt"
measure "verify --batch -q (gcm)" "$bin" verify --batch -q --now "$now" --input "$work/gcm.txt"
measure "decode --batch --json (gcm)" "$bin" decode --batch --json --input "$work/gcm.txt"

# One-shot start-to-exit time of `generate`, median of 300 runs.
python3 - "$bin" <<'PY'
import statistics, subprocess, sys, time
cmd = [sys.argv[1], "generate", "--app-id", "1", "--user-id", "demo"]
runs = []
for _ in range(300):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    runs.append(time.perf_counter() - start)
print(f"{'one-shot generate (median of 300)':<44} {statistics.median(runs)*1e3:6.2f} ms  (p90 {statistics.quantiles(runs, n=10)[-1]*1e3:.2f} ms)")
PY

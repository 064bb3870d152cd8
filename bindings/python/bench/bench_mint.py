"""Minting and verification speed of zego_token against the vendor's own
generate_token04 (token/python/token04/src/token04.py of the public
zegoim/zego_server_assistant repository, which needs pycryptodome).

    VENDOR_PY=/path/to/token04.py python bench/bench_mint.py [--runs 7] [--n 20000]

Prints the time per call of each, and the ratios (medians of the runs).
The vendor's file is read from where it lies; it is not part of this
repository."""

import argparse
import importlib.util
import os
import statistics
import sys
import time

import zego_token

SECRET = "fa94dd0f974cf2e293728a526b028271"
APP_ID, USER_ID, EFFECTIVE, PAYLOAD = 1234567890, "user1", 3600, ""


def load_vendor(path):
    spec = importlib.util.spec_from_file_location("vendor_token04", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def per_call(fn, n):
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("vendor", nargs="?", default=os.environ.get("VENDOR_PY"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--n", type=int, default=20000)
    args = parser.parse_args()
    if not args.vendor:
        sys.exit("give the vendor's token04.py as an argument or in VENDOR_PY")
    vendor = load_vendor(args.vendor)

    vendor_token = vendor.generate_token04(APP_ID, USER_ID, SECRET, EFFECTIVE, PAYLOAD)
    assert vendor_token.error_code == 0
    verifier = zego_token.Verifier(SECRET, APP_ID)
    ours = zego_token.generate_token04(APP_ID, USER_ID, SECRET, EFFECTIVE, PAYLOAD).token
    # Both make tokens the other side reads: the vendor's verifies here.
    verifier.verify(vendor_token.token)

    cases = {
        "vendor generate_token04": lambda: vendor.generate_token04(APP_ID, USER_ID, SECRET, EFFECTIVE, PAYLOAD),
        "zego_token.generate_token04": lambda: zego_token.generate_token04(APP_ID, USER_ID, SECRET, EFFECTIVE, PAYLOAD),
        "zego_token.mint": lambda: zego_token.mint(APP_ID, USER_ID, SECRET),
        "Verifier.verify": lambda: verifier.verify(ours),
    }
    times = {name: [] for name in cases}
    for _ in range(args.runs):
        # Interleaved, so drift in the machine's speed hits every case alike.
        for name, fn in cases.items():
            times[name].append(per_call(fn, args.n))
    medians = {name: statistics.median(t) for name, t in times.items()}
    for name, t in medians.items():
        print(f"{name:30} {t * 1e6:8.2f} us/call (median of {args.runs} x {args.n})")
    vendor_t = medians["vendor generate_token04"]
    print(f"mint ratio  (vendor / zego_token.generate_token04): {vendor_t / medians['zego_token.generate_token04']:.1f}x")
    print(f"mint ratio  (vendor / zego_token.mint):             {vendor_t / medians['zego_token.mint']:.1f}x")
    print(f"verify / mint (Verifier.verify / generate_token04): {medians['Verifier.verify'] / medians['zego_token.generate_token04']:.2f}")


if __name__ == "__main__":
    main()

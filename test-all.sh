#!/usr/bin/env bash
# Every test of the project: the Rust workspace (the library and the
# command line), then the Python and Node.js packages, each built and
# installed as a user would install it (bindings/test.sh). Needs cargo,
# python3 with venv, node and npm; reaches crates.io, PyPI and the npm
# registry for what the lock files name.
set -euo pipefail
cd "$(dirname "$0")"

echo "== Rust: cargo test --locked"
cargo test --locked

echo "== Python and Node.js packages"
bash bindings/test.sh

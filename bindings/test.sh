#!/usr/bin/env bash
# Builds and installs both packages into throwaway environments, as a user
# would (pip install of bindings/python into a fresh venv; npm install of
# bindings/node into a fresh project, which builds the addon), and runs
# their test suites.
# Needs cargo, python3 (>= 3.9, with venv), node (>= 18) and npm; reaches
# PyPI (maturin, pytest). Exits non-zero on any failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Two cores shared: one compile job at a time.
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}"

echo "== Python: pip install $here/python"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --upgrade pip
"$work/venv/bin/pip" install --quiet pytest "$here/python"
# Run from outside the package, so the installed module is what is tested.
status=0
(cd "$work" && "$work/venv/bin/python" -m pytest -q -p no:cacheprovider "$here/python/tests") || status=$?
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests" >&2
  exit 1
elif [ "$status" -ne 0 ]; then
  exit "$status"
fi

echo "== Node.js: npm install $here/node, from a fresh project"
# As a dependent installs it: npm links the folder and runs its install
# script (node build.js: cargo build, then the addon into native/).
mkdir -p "$work/project"
(cd "$work/project" && npm init -y >/dev/null && npm install --no-audit --no-fund "$here/node")
(cd "$work/project" && node -e "require('zego-token')")
(cd "$here/node" && node --test test/)

#!/usr/bin/env bash
# README command 2: set up, build and run every test with ctest (GUI tests run headless).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
cd "$root/build"
ctest --output-on-failure --timeout 900 -j "$(nproc)"

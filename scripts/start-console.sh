#!/usr/bin/env bash
# README command 1: set up, build and start the console on its embedded SQLite database
# (created and seeded with the demo environment on first start). Extra arguments go to drconsole.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
exec "$root/build/app/drconsole" "$@"

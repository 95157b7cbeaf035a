#!/usr/bin/env bash
# Configures and builds DR Console in ./build (Ninja, RelWithDebInfo) after installing what is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
cmake --preset default -S "$root" >/dev/null
cmake --build "$root/build" --parallel "$(nproc)"

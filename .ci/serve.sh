#!/usr/bin/env bash
# README command 1: installs the build tools, builds the release page and serves www/ on
# http://127.0.0.1:8080 (PORT to change it). Ctrl-C stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
bash .ci/build-web.sh
port="${PORT:-8080}"
echo "serving www/ on http://127.0.0.1:$port"
exec python3 .ci/static_server.py www "$port"

#!/usr/bin/env bash
# Runs one of web/'s tests for ctest (tests/CMakeLists.txt). Exits 77, which
# ctest reports as skipped, with a message saying what is missing: node, and
# for the browser tests also /usr/bin/chromium, web/node_modules, the dyad
# binary or the reference article (checked in e2e/lib.mjs).
#
#   web/e2e/run.sh unit                  node --test web/test
#   web/e2e/run.sh code|explore BINARY   web/e2e/<name>.e2e.mjs against BINARY
set -euo pipefail
binary="${2:+$(realpath -m "$2")}"
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null; then
  echo "SKIP: node is not on PATH (scripts/setup installs it)"
  exit 77
fi
case "${1:-}" in
  unit)
    exec node --test test/
    ;;
  code | explore)
    major=$(node -p 'process.versions.node.split(".")[0]')
    if ((major < 20)); then
      echo "SKIP: playwright-core needs node 20 or later, not $(node --version)"
      exit 77
    fi
    DYAD_BINARY="${binary:?the dyad binary}" exec node "e2e/$1.e2e.mjs"
    ;;
  *)
    echo "usage: $0 unit | code BINARY | explore BINARY" >&2
    exit 2
    ;;
esac

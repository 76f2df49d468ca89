#!/usr/bin/env bash
# Sets everything up and opens THADS on the demo database (created once).
# Extra arguments go to the app, e.g. scripts/run.sh --lang en
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh"
build="${THADS_BUILD_DIR:-$root/build}"
db="${THADS_DEMO_DB:-$build/demo.db}"
# The demo accounts (user quantri, lanhdao, canbo.mch … with password NAME-demo) are in README.
if [ ! -f "$db" ]; then
  QT_QPA_PLATFORM=offscreen "$build/app/cli/thads-cli" demo --db "$db"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display here: running THADS under xvfb-run. To look at it, use:" >&2
  echo "  THADS_PASSWORD=lanhdao-demo $build/app/thads --db $db --user lanhdao --screenshot thads.png" >&2
  exec xvfb-run -a "$build/app/thads" --db "$db" "$@"
fi
exec "$build/app/thads" --db "$db" "$@"

#!/usr/bin/env bash
# Brings translations/*.ts up to date with every tr() in app/ and ui/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate=$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
cd "$root"
"$lupdate" -silent -no-obsolete -locations none app ui -ts translations/thads_vi.ts
"$lupdate" -silent -no-obsolete -locations none -pluralonly app ui -ts translations/thads_en.ts

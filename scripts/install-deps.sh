#!/usr/bin/env bash
# Installs the packages THADS needs to build, run and test, on Debian 12 or Ubuntu.
# Skips apt entirely when every package is already present, so a second run takes
# well under a second.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6 (Debian 12: 6.4.2)
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins libgl-dev
  # report export
  libxlsxwriter-dev
  # password hashes (Argon2id)
  libsodium-dev
  # fonts with full Vietnamese coverage (the report uses Liberation Serif)
  fonts-liberation2 fonts-dejavu-core fontconfig
  # headless runs and document checks in the tests (LibreOffice Calc opens the XLSX)
  xvfb xauth poppler-utils sqlite3 python3 libreoffice-calc-nogui
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "error: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# The browser the web tests drive: Debian's Chromium (/usr/bin/chromium), installed from the
# distribution's packages when missing. Playwright only drives it: no browser is downloaded.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || [ -n "${CHRONIQUE_CHROMIUM:-}" ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "installing Debian's chromium for the browser tests ..."
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
command -v chromium >/dev/null

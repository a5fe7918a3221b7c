#!/usr/bin/env bash
# Install Debian's Chromium and its matching chromedriver when either is missing.
# The web end-to-end tests drive /usr/bin/chromium through /usr/bin/chromedriver (Selenium);
# tool-downloaded browsers do not work on these machines, so only the system packages are used.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "chromium and chromedriver already installed" >&2
    exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium chromium-driver
/usr/bin/chromium --version >&2
/usr/bin/chromedriver --version >&2

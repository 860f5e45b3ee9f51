#!/usr/bin/env bash
# Installs what the test suite needs beyond Java and Maven: Debian's headless Chromium and its
# driver for the browser tests of the staff pages. Run by the test command itself (the Maven
# profile install-test-tools, active while /usr/bin/chromedriver is missing); does nothing when
# both are there.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "The browser tests need Chromium and ChromeDriver (${missing[*]} missing) and this machine has no apt-get:" >&2
  echo "install them, then point the tests at them with -Dclinic.test.chromium=... -Dclinic.test.chromedriver=..." >&2
  exit 1
fi
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "The browser tests need ${missing[*]}: run 'apt-get install ${missing[*]}' as root, then the tests again." >&2
    exit 1
  fi
  as_root=(sudo)
fi
echo "Installing ${missing[*]} from Debian's packages for the browser tests"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
echo "Installed: $(chromium --version 2>/dev/null), $(chromedriver --version 2>/dev/null | cut -d' ' -f1-2)"

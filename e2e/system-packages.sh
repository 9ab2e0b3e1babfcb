#!/usr/bin/env bash
# What the browser tests need from the system, checked before anything else of `npm test` runs:
# Debian's Chromium (playwright-core drives it; no browser is downloaded) and a CJK font (without
# one, Japanese renders as empty boxes and the screenshots and layout checks fail); and Debian's
# HAProxy, the load balancer of the deployment test (e2e/deployment.test.ts). As root with apt-get
# they are installed, as .ci/run does; otherwise the test run stops here, in its first second,
# with the one command to run, rather than half-way through at the first test that needs them.
set -euo pipefail

chromium_path="${GMIS_CHROMIUM:-/usr/bin/chromium}"

has_chromium() { [ -x "$chromium_path" ]; }
has_haproxy() { command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ]; }
has_cjk_font() {
  { command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; } ||
    compgen -G '/usr/share/fonts/*/noto/NotoSansCJK*' >/dev/null
}

missing=()
has_chromium || missing+=(chromium)
has_cjk_font || missing+=(fonts-noto-cjk)
has_haproxy || missing+=(haproxy)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ "${GMIS_NO_APT:-}" != 1 ]; then
  echo "npm test: installing what the browser and deployment tests need: ${missing[*]} (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk haproxy >/dev/null
  if has_chromium && has_cjk_font && has_haproxy; then exit 0; fi
  echo "npm test: apt-get installed chromium fonts-noto-cjk haproxy, but ${chromium_path}, the Noto Sans CJK font or haproxy is still missing (set GMIS_CHROMIUM to Chromium's path)" >&2
  exit 1
fi

echo "npm test: the browser and deployment tests need ${missing[*]}; install with: sudo apt-get install -y chromium fonts-noto-cjk haproxy (or set GMIS_CHROMIUM to a Chromium binary)" >&2
exit 1

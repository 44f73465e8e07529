#!/usr/bin/env bash
# Regenerates assets/icon/vanban.ico (embedded in vanban.exe by build.rs) from its source,
# assets/icon/vanban.svg. Needs ImageMagick. The .ico is committed so that builds need no
# ImageMagick; run this only after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"
convert -background none -density 96 vanban.svg -depth 8 \
  -define icon:auto-resize=256,64,48,32,24,16 vanban.ico
identify vanban.ico

#!/usr/bin/env bash
# Renders the app icon from its two SVG drawings: tianbao-small.svg (drawn on a 16 px grid, used up to
# 32 px) and tianbao.svg (48 px and up). Needs rsvg-convert (librsvg2-bin) and ImageMagick's convert.
# Output, committed so that builds need neither tool:
#   tianbao-{16,24,32,48,64,256}.png  window icons (loaded by the app) and Linux launcher icon (256)
#   tianbao.ico                       Windows launcher, shortcuts and installer
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32; do
    rsvg-convert -w "$size" -h "$size" tianbao-small.svg -o "tianbao-$size.png"
done
for size in 48 64 256; do
    rsvg-convert -w "$size" -h "$size" tianbao.svg -o "tianbao-$size.png"
done
convert tianbao-16.png tianbao-24.png tianbao-32.png tianbao-48.png tianbao-64.png tianbao-256.png tianbao.ico

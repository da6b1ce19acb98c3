#!/usr/bin/env bash
# Start-up benchmark: the installed-style app image against a bare JavaFX window, started the same way.
#
#   mvn -B -Pinstaller package -DskipTests      # builds target/installer/tianbao (Linux)
#   installer/startup-benchmark.sh [RUNS] [IMAGE]
#       RUNS per variant, default 7; IMAGE the app image to measure, default target/installer/tianbao
#       (after installing the .deb: /opt/tianbao)
#
# Three variants, all from the same runtime image (the one in the tianbao app image) and the same kind of
# jpackage launcher with the same Java options, alternated round by round on one Xvfb display:
#   tianbao    target/installer/tianbao/bin/tianbao --smoke: time from JVM start to the first frame that
#              shows the tree's rows (with the class-data archive the install makes)
#   bare       installer/bench/BareTreeWindow: a window with a small tree, nothing else, its own archive
#              made the same way (class list of a start, java -Xshare:dump)
#   bare-base  the same bare window with only the JDK's archive (what any app gets from jlink)
# Each prints "ready <N> ms" (N from JVM start, RuntimeMXBean). The same rounds also time, for tianbao and
# bare, when the window's pixels reach the screen (installer/bench/ScreenWatch.java reads the display's
# framebuffer: from starting the launcher to the tree drawn, and for tianbao to the whole window drawn).
# One warm-up round is not counted. Prints every run, the medians and tianbao's ratios to the bare
# variants; writes them to target/startup-benchmark/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
image=${2:-target/installer/tianbao}
work=target/startup-benchmark
runtime=$image/lib/runtime
[ -x "$image/bin/tianbao" ] || { echo "no app image at $image: run mvn -B -Pinstaller package first" >&2; exit 1; }
[ -f "$image/lib/app/tianbao.jsa.stamp" ] && [ -s "$image/lib/app/tianbao.jsa.stamp" ] \
    || { echo "the app image has no archive of its own (see installer/README.md)" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work/classes" "$work/input" "$work/data"

# A display of our own, so that nothing else draws on it.
display=77
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
mkdir -p "$work/fb"
Xvfb ":$display" -screen 0 1440x900x24 -fbdir "$work/fb" -nocursor -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
export DISPLAY=":$display"

# The bare window, packaged like the app: same runtime, same launcher, same Java options.
fx=$(ls target/app/javafx-base-*-*.jar target/app/javafx-graphics-*-*.jar target/app/javafx-controls-*-*.jar | paste -sd:)
javac --release 17 --module-path "$fx" --add-modules javafx.controls -d "$work/classes" installer/bench/BareTreeWindow.java
jar --create --file "$work/input/bare.jar" -C "$work/classes" .
javac --release 17 -d "$work/watch" installer/bench/ScreenWatch.java
mapfile -t options < <(grep '^java-options=' "$image/lib/app/tianbao.cfg" | sed 's/^java-options=//' \
    | grep -v '^-Djpackage.app-version' | sed 's/tianbao\.jsa/bare.jsa/')
package_bare() { # name
    local args=()
    for option in "${options[@]}"; do args+=(--java-options "$option"); done
    jpackage --type app-image --name "$1" --dest "$work" --input "$work/input" --main-jar bare.jar \
        --main-class 'bench.BareTreeWindow$Main' --runtime-image "$runtime" "${args[@]}"
}
package_bare bare
package_bare bare-base
# bare: its own archive, made as the install makes tianbao's.
"$work/bare/bin/bare" >/dev/null
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$PWD/$work/bare/lib/app/bare.classlist" "$work/bare/bin/bare" >/dev/null 2>&1
"$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$work/bare/lib/app/bare.classlist" \
    -XX:SharedArchiveFile="$PWD/$work/bare/lib/app/bare.jsa" -cp "$PWD/$work/bare/lib/app/bare.jar" >"$work/dump.log" 2>&1
# bare-base: the JDK's archive that jlink made for the runtime (the build keeps it as the placeholder).
cp target/installer-work/input/tianbao.jsa "$work/bare-base/lib/app/bare.jsa"

watch() { # strips command... -> "tree all" (milliseconds until drawn on the screen)
    java -cp "$work/watch" bench.ScreenWatch "$work/fb/Xvfb_screen0" "$@" | sed -n 's/^screen //p'
}
run() { # variant -> milliseconds ("tree all" for the screen variants)
    local out
    case $1 in
        tianbao) out=$("$image/bin/tianbao" --smoke --data "$work/data" 2>/dev/null) ;;
        tianbao-screen) watch 3 "$image/bin/tianbao" --data "$work/data"; return ;;
        bare-screen) watch 1 "$work/bare/bin/bare" --stay; return ;;
        *) out=$("$work/$1/bin/$1" 2>/dev/null) ;;
    esac
    sed -n 's/^ready \([0-9]*\) ms$/\1/p' <<<"$out" | head -1
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

variants=(tianbao bare bare-base tianbao-screen bare-screen)
load=$(cut -d' ' -f1-3 /proc/loadavg)
for v in "${variants[@]}"; do run "$v" >/dev/null; done   # warm-up: first start of the database, disk cache
declare -A times whole
: >"$work/results.txt"
for round in $(seq "$runs"); do
    line="round $round:"
    for v in "${variants[@]}"; do
        t=$(run "$v")
        [ -n "$t" ] || { echo "$v printed no time" >&2; exit 1; }
        times[$v]+="${t%% *} "
        whole[$v]+="${t##* } "
        line+="  $v ${t// //} ms"
    done
    echo "$line" | tee -a "$work/results.txt"
done
med() { tr ' ' '\n' <<<"${times[$1]}" | grep . | median; }
ratio() { awk -v a="$2" -v b="$3" -v what="$1" 'BEGIN {printf "ratio %s: %.2f\n", what, a / b}'; }
{
    echo "runs per variant: $runs, alternated; $(nproc) cores; load average before: $load"
    for v in tianbao bare bare-base; do echo "median $v (ready): $(med "$v") ms"; done
    echo "median tianbao on screen: tree $(med tianbao-screen) ms, whole window $(tr ' ' '\n' <<<"${whole[tianbao-screen]}" | grep . | median) ms"
    echo "median bare on screen: tree $(med bare-screen) ms"
    ratio "tianbao / bare" "$(med tianbao)" "$(med bare)"
    ratio "tianbao / bare-base" "$(med tianbao)" "$(med bare-base)"
    ratio "tianbao / bare on screen (tree)" "$(med tianbao-screen)" "$(med bare-screen)"
} | tee -a "$work/results.txt"

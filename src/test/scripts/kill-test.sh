#!/usr/bin/env bash
# The long kill tests: kills an editing process and an importing process (kill -9) at random moments
# N times each (default 300) and checks after each kill that every change reported as saved is there
# and that an import is all or nothing.
#   src/test/scripts/kill-test.sh [N] [SEED]
set -euo pipefail
cd "$(dirname "$0")/../../.."
kills=${1:-300}
seed=${2:-$RANDOM}
mkdir -p target
mvn -B test -Dtest='KillTest,ImportKillTest' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtianbao.kills="$kills" -Dtianbao.seed="$seed" 2>&1 | tee target/kill-test.log \
    | grep -E "KillTest:|Tests run:|FAIL|AssertionError" || true
grep -q "^KillTest: .* all found" target/kill-test.log
grep -q "^ImportKillTest: .* data whole after each" target/kill-test.log

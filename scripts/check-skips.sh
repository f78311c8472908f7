#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a Qt test skipped a function that tests/skips-allowed.txt does not list: a skip in CI
# must be a decision written down with its reason, never a gap nobody sees (docs/TESTING.md).
# Usage: scripts/check-skips.sh [RESULTS_DIR] [ALLOW_LIST]
#   RESULTS_DIR  the test logs CTest left (default: $DUET_BUILD_DIR/test-results, else build/test-results)
#   ALLOW_LIST   default: tests/skips-allowed.txt, lines "TestName::function  # reason"
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
results=${1:-${DUET_BUILD_DIR:-$source_dir/build}/test-results}
allow_list=${2:-$source_dir/tests/skips-allowed.txt}

if [ ! -d "$results" ]; then
    echo "check-skips: $results does not exist; run the tests first" >&2
    exit 1
fi
# The allowed names, without comments and blanks; an entry without a reason is itself an error.
allowed=$(mktemp)
trap 'rm -f "$allowed"' EXIT
status=0
while IFS= read -r entry; do
    name=$(printf '%s' "${entry%%#*}" | tr -d '[:space:]')
    [ -n "$name" ] || continue
    case $entry in
    *'#'?*) printf '%s\n' "$name" >>"$allowed" ;;
    *)
        echo "check-skips: $allow_list: '$name' has no '# reason'" >&2
        status=1
        ;;
    esac
done <"$allow_list"

logs=0
skips=0
for log in "$results"/*.txt; do
    [ -e "$log" ] || continue
    logs=$((logs + 1))
    test=$(basename "$log" .txt) # the CTest name: TestFoo and TestFooPostgres share a class
    while IFS= read -r line; do
        what=${line#SKIP   : }        # Class::function(data row) reason
        function=${what%%(*}          # Class::function
        function=${function#*::}      # function
        skips=$((skips + 1))
        if ! grep -qxF "$test::$function" "$allowed"; then
            echo "check-skips: $test::$function skipped and is not in $allow_list: $what" >&2
            status=1
        fi
    done < <(grep -a '^SKIP   : ' "$log" || true)
done
if [ "$logs" = 0 ]; then
    echo "check-skips: no test logs in $results" >&2
    exit 1
fi
echo "check-skips: $logs test logs, $skips skipped functions or rows, $( [ $status = 0 ] && echo 'all allowed' || echo 'some not allowed')"
exit $status

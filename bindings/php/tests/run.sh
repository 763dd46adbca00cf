#!/bin/sh
# Runs the .phpt tests in DIR with PHP's own run-tests.php against the
# built extension, from a scratch copy (run-tests.php writes its .php,
# .out and .diff files next to each test).  Fails unless every test ran
# and passed.
# @DATA@ in a test stands for DATA, the directory of the example texts;
# @LAYER@ for the PHP layer's source, bindings/php/summar.php; @CHECK@ for
# bindings/tests/check_schema.py (run with $SUMMAR_PYTHON, python3 if unset).
#   run.sh PHP MODULE RUN_TESTS_PHP DIR DATA
set -eu
php=$1 module=$2 runner=$3 dir=$4 data=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for t in "$dir"/*.phpt; do
  sed "s|@DATA@|$data|g; s|@LAYER@|$(dirname "$dir")/summar.php|g;
       s|@CHECK@|$(dirname "$(dirname "$dir")")/tests/check_schema.py|g" "$t" \
    > "$work/${t##*/}"
done
want=$(ls "$work"/*.phpt | wc -l)
export TEST_PHP_EXECUTABLE="$php" NO_INTERACTION=1 REPORT_EXIT_STATUS=1
status=0
"$php" -n "$runner" -q --no-color --show-diff -n \
  -d "extension=$module" \
  "$work" > "$work/log" 2>&1 || status=$?
cat "$work/log"
passed=$(sed -n 's/^Tests passed *: *\([0-9]*\).*/\1/p' "$work/log")
skipped=$(sed -n 's/^Tests skipped *: *\([0-9]*\).*/\1/p' "$work/log")
if [ "$status" -ne 0 ] || [ $((${passed:-0} + ${skipped:-0})) -ne "$want" ]; then
  echo "php tests: ${passed:-0} passed, ${skipped:-0} skipped of $want (run-tests.php exit $status)"
  exit 1
fi

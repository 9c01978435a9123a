# shellcheck shell=bash
# Sourced by every stage. scripts/test exports PRIVATELINK_TEST_ROOT (the checkout), STAGE_RESULTS (where a
# stage leaves "<stage>.counts" = "passed failed skipped" and "<stage>.note" = one line for the summary), puts
# .venv/bin first on PATH and points ANSIBLE_COLLECTIONS_PATH at .build/.
set -euo pipefail
: "${PRIVATELINK_TEST_ROOT:?run stages through scripts/test (bash scripts/test --stage NAME)}"
: "${STAGE_RESULTS:?run stages through scripts/test (bash scripts/test --stage NAME)}"
cd "$PRIVATELINK_TEST_ROOT"
stage_name=$(basename "$0")

# Exit status 77 tells scripts/test that the stage had nothing to work on (reported as N/A, with the reason).
not_applicable() {
  echo "$stage_name: not applicable: $*"
  echo "not applicable: $*" > "$STAGE_RESULTS/$stage_name.note"
  exit 77
}

note() {
  echo "$*" > "$STAGE_RESULTS/$stage_name.note"
}

# Record "passed failed skipped" from JUnit XML files for the summary's test counts.
record_junit_counts() {
  python scripts/junit_counts.py "$@" > "$STAGE_RESULTS/$stage_name.counts"
}

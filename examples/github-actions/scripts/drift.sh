#!/usr/bin/env bash
# Nightly drift check: synthesize the CDKTF app and run zendesk-messaging drift over every stack, writing a JUnit
# report and a Markdown report. Exits like the drift command: 0 in sync, 2 drift, 1 error. Run by
# nightly-drift.yml and by test/cli/github-actions-workflows.test.ts.
#   APP_DIR, OUT_DIR, CDKTF, ZENDESK_MESSAGING  as in plan.sh
#   JUNIT, REPORT   the report files (default drift.xml, drift.md)
set -uo pipefail
APP_DIR=${APP_DIR:-examples/cdktf-app}
OUT_DIR=${OUT_DIR:-$APP_DIR/cdktf.out}
JUNIT=${JUNIT:-drift.xml}
REPORT=${REPORT:-drift.md}
CDKTF=${CDKTF:-npx cdktf}
ZENDESK_MESSAGING=${ZENDESK_MESSAGING:-npx zendesk-messaging}

(cd "$APP_DIR" && $CDKTF synth --output "$OUT_DIR") || exit 1
stacks=()
for stack in "$OUT_DIR"/stacks/*/; do stacks+=(--dir "$stack"); done
$ZENDESK_MESSAGING drift "${stacks[@]}" --format markdown --out "$REPORT"
status=$?
# The JUnit report is rendered from the same kind of run; its exit code is the one that counts.
$ZENDESK_MESSAGING drift "${stacks[@]}" --format junit --out "$JUNIT" || true
exit $status

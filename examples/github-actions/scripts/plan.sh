#!/usr/bin/env bash
# Pull-request plan: synthesize the CDKTF app, plan every stack against the state backend (waiting for a held
# lock rather than failing), and render the plans as one Markdown comment. Run by pull-request.yml and by
# test/cli/github-actions-workflows.test.ts, so the two cannot drift apart.
#   APP_DIR         the CDKTF app (default examples/cdktf-app)
#   OUT_DIR         where cdktf writes the synthesized stacks (default $APP_DIR/cdktf.out)
#   SUMMARY         where the Markdown goes (default summary.md)
#   CDKTF, ZENDESK_MESSAGING  the commands (default: npx cdktf, npx zendesk-messaging)
set -euo pipefail
APP_DIR=${APP_DIR:-examples/cdktf-app}
OUT_DIR=${OUT_DIR:-$APP_DIR/cdktf.out}
SUMMARY=${SUMMARY:-summary.md}
CDKTF=${CDKTF:-npx cdktf}
ZENDESK_MESSAGING=${ZENDESK_MESSAGING:-npx zendesk-messaging}

(cd "$APP_DIR" && $CDKTF synth --output "$OUT_DIR")
: > "$SUMMARY"
for stack in "$OUT_DIR"/stacks/*/; do
  terraform -chdir="$stack" init -input=false -no-color
  terraform -chdir="$stack" plan -input=false -no-color -lock-timeout=5m -out=tfplan
  $ZENDESK_MESSAGING plan-summary --dir "$stack" --plan-file tfplan >> "$SUMMARY"
done
echo "wrote $SUMMARY"

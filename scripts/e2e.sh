#!/usr/bin/env bash
# npm run test:e2e: sets up code-server and Chromium (scripts/e2e-setup.sh),
# packages the extension, and runs test/e2e/ against the packaged .vsix.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/e2e-setup.sh
npm run --silent package
npx mocha --config test/e2e/mocharc.json "$@"

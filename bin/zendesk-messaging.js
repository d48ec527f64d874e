#!/usr/bin/env node
// The CLI is bundled into dist/cli.js by `npm run build` (also run by `npm ci` via "prepare").
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../dist/cli.js');

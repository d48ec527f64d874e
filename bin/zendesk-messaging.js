#!/usr/bin/env node
// The CLI is bundled into dist/cli.js by `npm run build` (also run by `npm ci` via "prepare").
require('../dist/cli.js');

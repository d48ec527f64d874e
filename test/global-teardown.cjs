// Removes what global-setup.cjs made.
const { rmSync } = require('node:fs');

module.exports = () => {
  if (process.env.ZDM_JEST_CLI_CONFIG_DIR) rmSync(process.env.ZDM_JEST_CLI_CONFIG_DIR, { recursive: true, force: true });
};

/**
 * The package version is the provider version (CONTRACT: "version = package.json
 * version"). Read from package.json, which sits one level above both src/ and
 * dist/; esbuild inlines it into the provider bundle.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const VERSION: string = require('../package.json').version;

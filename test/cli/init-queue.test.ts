/** When drift queues its inits: a plugin cache from the environment or from any CLI configuration file terraform reads. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initOnce, usesPluginCache } from '../../src/cli/drift/init-queue';
import { makeTempDir } from '../support/temp';

describe('usesPluginCache', () => {
  const temp = makeTempDir('init-queue');
  afterAll(() => temp.cleanup());
  const home = (rc: string | undefined) => {
    const dir = makeTempDir('init-queue-home');
    if (rc !== undefined) writeFileSync(join(dir.dir, '.terraformrc'), rc);
    return { HOME: dir.dir, cleanup: dir.cleanup };
  };

  it.each([
    ['TF_PLUGIN_CACHE_DIR', { TF_PLUGIN_CACHE_DIR: '/cache' }, undefined, true],
    ['plugin_cache_dir in ~/.terraformrc', {}, 'plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"\n', true],
    ['a commented-out plugin_cache_dir', {}, '# plugin_cache_dir = "/cache"\n', false],
    ['no CLI configuration at all', {}, undefined, false],
  ])('%s', (_, env: Record<string, string>, rc, expected) => {
    const h = home(rc);
    try {
      expect(usesPluginCache({ ...env, HOME: h.HOME })).toBe(expected);
    } finally {
      h.cleanup();
    }
  });

  it('TF_CLI_CONFIG_FILE replaces ~/.terraformrc, as for terraform', () => {
    const file = join(temp.dir, 'ci.tfrc');
    writeFileSync(file, 'plugin_cache_dir = "/ci/cache"\n');
    const h = home(undefined);
    try {
      expect(usesPluginCache({ HOME: h.HOME, TF_CLI_CONFIG_FILE: file })).toBe(true);
    } finally {
      h.cleanup();
    }
  });

  it('queues inits one after the other with a cache, and not without', async () => {
    const order: string[] = [];
    const slow = (name: string) => async () => {
      order.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push(`${name} end`);
    };
    await Promise.all([initOnce({ TF_PLUGIN_CACHE_DIR: '/c' }, slow('a')), initOnce({ TF_PLUGIN_CACHE_DIR: '/c' }, slow('b'))]);
    expect(order).toEqual(['a start', 'a end', 'b start', 'b end']);
    order.length = 0;
    const h = home(undefined);
    try {
      await Promise.all([initOnce({ HOME: h.HOME }, slow('c')), initOnce({ HOME: h.HOME }, slow('d'))]);
    } finally {
      h.cleanup();
    }
    expect(order.slice(0, 2)).toEqual(['c start', 'd start']);
  });
});

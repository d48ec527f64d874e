/**
 * The cdktn variant is the compiled construct library with the `cdktf` module
 * specifier rewritten; this checks the rewrite and the guard against shared
 * modules that would load cdktf. The built variant itself is tested in
 * test/constructs/cdktn-variant.test.ts.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deriveCdktnVariant, importsCdktf, rewriteCdktfSpecifiers } from '../../src/codegen/cdktn-variant';
import { generateAll } from '../../src/codegen/generate';
import { syntheticFiles } from './fixtures/synthetic';
import { makeTempDir } from '../support/temp';

describe('rewriteCdktfSpecifiers', () => {
  it.each([
    ['const cdktf = __importStar(require("cdktf"));', 'const cdktf = __importStar(require("cdktn"));'],
    ["import * as cdktf from 'cdktf';", "import * as cdktf from 'cdktn';"],
    ["export { Testing } from 'cdktf';", "export { Testing } from 'cdktn';"],
    ['get id(): import("cdktf").IResolvable;', 'get id(): import("cdktn").IResolvable;'],
    ["import 'cdktf/lib/testing/adapters/jest';", "import 'cdktn/lib/testing/adapters/jest';"],
    ['require("cdktf/lib/x")', 'require("cdktn/lib/x")'],
  ])('%s', (input, output) => {
    expect(rewriteCdktfSpecifiers(input)).toBe(output);
    expect(importsCdktf(input)).toBe(true);
    expect(importsCdktf(output)).toBe(false);
  });

  it.each([
    'require("cdktf-zendesk-messaging")',
    "from 'cdktf-provider-null'",
    '// generated for cdktf',
    'throw new Error("cdktf")',
    'const cdktf = x.cdktf;',
  ])('leaves other text alone: %s', (input) => {
    expect(rewriteCdktfSpecifiers(input)).toBe(input);
  });
});

describe('deriveCdktnVariant', () => {
  function dist(files: Record<string, string>) {
    const temp = makeTempDir('cdktn-variant');
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(temp.dir, path, '..'), { recursive: true });
      writeFileSync(join(temp.dir, path), content);
    }
    return temp;
  }

  it('mirrors the construct library with cdktn specifiers, source maps included', () => {
    const temp = dist({
      'constructs/index.js': 'require("cdktf"); require("./gen/a"); require("../version");\n//# sourceMappingURL=index.js.map',
      'constructs/index.js.map': '{"sources":["../../src/constructs/index.ts"]}',
      'constructs/index.d.ts': "import * as cdktf from 'cdktf';",
      'constructs/gen/a.js': 'require("cdktf");',
      'version.js': 'module.exports = {};',
    });
    try {
      expect(deriveCdktnVariant(temp.dir)).toEqual({ files: 4 });
      expect(readFileSync(join(temp.dir, 'cdktn/index.js'), 'utf8')).toContain('require("cdktn"); require("./gen/a"); require("../version");');
      expect(readFileSync(join(temp.dir, 'cdktn/index.d.ts'), 'utf8')).toBe("import * as cdktf from 'cdktn';");
      expect(readFileSync(join(temp.dir, 'cdktn/gen/a.js'), 'utf8')).toBe('require("cdktn");');
      expect(readFileSync(join(temp.dir, 'cdktn/index.js.map'), 'utf8')).toContain('../../src/constructs/index.ts');
    } finally {
      temp.cleanup();
    }
  });

  it('fails the build when a shared module outside the library (even indirectly) loads cdktf', () => {
    const temp = dist({
      'constructs/index.js': 'require("../helpers");',
      'helpers/index.js': 'require("./deep");',
      'helpers/deep.js': 'require("cdktf");',
    });
    try {
      expect(() => deriveCdktnVariant(temp.dir)).toThrow(/helpers\/deep\.js imports cdktf/);
    } finally {
      temp.cleanup();
    }
  });
});

/**
 * The rewrite is only sound if cdktn offers every cdktf API the bindings use,
 * with the same shape. Checked on what the generator actually emits (the real
 * bindings and the synthetic ones, which use every kind of member).
 */
describe('cdktn 0.24 has every cdktf 0.21 API the generated bindings use', () => {
  const root = join(__dirname, '..', '..');
  const generated = [...generateAll(root).entries(), ...syntheticFiles().entries()]
    .filter(([path]) => path.endsWith('.ts'))
    .map(([, content]) => content)
    .join('\n');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const [cdktf, cdktn] = [require('cdktf'), require('cdktn')] as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any

  const used = [...new Set([...generated.matchAll(/\bcdktf\.([A-Za-z]+(?:\.[A-Za-z]+)?)/g)].map((m) => m[1]))].sort();
  const lookup = (module: Record<string, unknown>, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], module);
  const values = used.filter((path) => lookup(cdktf, path) !== undefined);
  const types = used.filter((path) => lookup(cdktf, path) === undefined);

  it.each(values)('cdktf.%s', (path) => {
    expect(lookup(cdktn, path)).toBeDefined();
    expect(typeof lookup(cdktn, path)).toBe(typeof lookup(cdktf, path));
  });

  /** Comment-free declaration lines of a module's .d.ts, or of every .d.ts of the package's lib. */
  const declarations = (pkg: string, module?: string): string[] => {
    const libDir = join(dirname(require.resolve(`${pkg}/package.json`)), 'lib');
    const files = module ? [join(libDir, `${module}.d.ts`)] : listDts(libDir);
    return files
      .flatMap((f) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').split('\n'))
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('//'));
  };

  it.each(types)('cdktf.%s (a type)', (name) => {
    // The interface's declaration lines, from `export interface Name` to its closing brace.
    const declaration = (pkg: string) => {
      const lines = declarations(pkg);
      const start = lines.findIndex((l) => l.startsWith(`export interface ${name} `));
      return start < 0 ? [] : lines.slice(start, lines.indexOf('}', start) + 1);
    };
    expect(declaration('cdktf').length).toBeGreaterThan(1);
    expect(declaration('cdktn')).toEqual(declaration('cdktf'));
  });

  const methods = [...new Set([...generated.matchAll(/\bthis\.((?:get[A-Za-z]+Attribute)|interpolationForAttribute)\(/g)].map((m) => m[1]))];
  it.each(['TerraformResource', 'TerraformDataSource', 'ComplexObject'])('%s has the attribute accessors the getters call', (base) => {
    for (const method of methods) expect({ base, method, type: typeof cdktn[base].prototype[method] }).toEqual({ base, method, type: 'function' });
  });

  // Declarations (comments stripped) of the modules the bindings build on: cdktn may add, but not change or remove.
  it.each(['terraform-resource', 'terraform-data-source', 'terraform-provider', 'terraform-element', 'complex-computed-list', 'runtime', 'importable-resource'])(
    'lib/%s.d.ts declares everything cdktf declares',
    (module) => {
      const theirs = new Set(declarations('cdktn', module));
      expect(declarations('cdktf', module).filter((l) => !theirs.has(l))).toEqual([]);
    },
  );
});

function listDts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === '__tests__' ? [] : listDts(join(dir, e.name))) : e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

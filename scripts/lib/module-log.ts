import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The modules a child process has loaded so far, and the `node` arguments that make it record them. */
export interface ModuleLog {
  /** Put before the entry point: `--import` of a module that registers the recording hook. */
  nodeArgs: string[];
  /** URLs of the modules loaded so far: ES modules and CommonJS files, however they were loaded. */
  loaded(): string[];
  dispose(): void;
}

/**
 * Records every module a child process loads, in a file read back with `loaded()`: ES modules (and
 * CommonJS ones an ES module imports) through a `load` hook of Node's module customization API, and
 * CommonJS files by wrapping the loader's `.js` handler, since Node 20 runs those hooks for `import`
 * only, not for `require` (a module may appear twice, once from each).
 */
export function moduleLog(): ModuleLog {
  const dir = mkdtempSync(join(tmpdir(), 'attesta-module-log-'));
  const log = join(dir, 'loaded.txt');
  writeFileSync(log, '');
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function load(url, context, next) {
  const result = await next(url, context);
  appendFileSync(log, url + '\\n');
  return result;
}
`,
  );
  const register = join(dir, 'register.mjs');
  writeFileSync(
    register,
    `import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';
import { pathToFileURL } from 'node:url';
register(${JSON.stringify(pathToFileURL(hooks).href)}, { data: { log: ${JSON.stringify(log)} } });
// CommonJS files that CommonJS code (or a createRequire) loads, which Node 20 runs no hook for.
const js = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  appendFileSync(${JSON.stringify(log)}, pathToFileURL(filename).href + '\\n');
  return js.call(this, module, filename);
};
`,
  );
  return {
    nodeArgs: ['--import', pathToFileURL(register).href],
    loaded: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

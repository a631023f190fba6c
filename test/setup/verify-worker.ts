import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = join(root, 'libs/audit/src/chain-verify.worker.ts');

/**
 * The audit verifier worker as the build emits it, for tests that run from the sources (a worker
 * thread loads JavaScript only): the worker and the modules it imports by relative path,
 * transpiled one by one into node_modules/.cache (where `pg` and `canonicalize` resolve as they
 * do from dist). Returns the worker script's path, for AUDIT_VERIFY_WORKER_SCRIPT.
 */
export function builtVerifyWorker(): string {
  const sources = new Map<string, string>();
  const visit = (file: string) => {
    if (sources.has(file)) return;
    const text = readFileSync(file, 'utf8');
    sources.set(file, text);
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (fileName.startsWith('.')) visit(resolve(dirname(file), fileName.replace(/\.js$/, '.ts')));
    }
  };
  visit(ENTRY);
  const digest = createHash('sha256');
  for (const [file, text] of sources) digest.update(file).update(text);
  const out = join(root, 'node_modules/.cache/attesta-verify-worker', digest.digest('hex').slice(0, 16));
  mkdirSync(out, { recursive: true });
  // Written under a temporary name and renamed: test files in parallel may build it at once.
  const write = (target: string, text: string) => {
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, target);
  };
  write(join(out, 'package.json'), '{ "type": "module" }\n');
  const libDir = dirname(ENTRY);
  for (const [file, text] of sources) {
    const { outputText } = ts.transpileModule(text, {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, esModuleInterop: true, verbatimModuleSyntax: false },
    });
    if (!file.startsWith(`${libDir}/`)) throw new Error(`the verifier worker imports ${file}, outside ${libDir}`);
    const target = join(out, file.slice(libDir.length + 1).replace(/\.ts$/, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    write(target, outputText);
  }
  return join(out, 'chain-verify.worker.js');
}

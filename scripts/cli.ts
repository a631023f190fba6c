/**
 * The operator CLI: `npm run cli -- <command> [options]` (`npm run cli -- --help`).
 * Runs against the configured database and Redis as the app role.
 */
import 'reflect-metadata';
import { loadConfigOrExit } from '@attesta/core';
import { runCli } from './cli/program.js';

const code = await runCli(process.argv, {
  config: () => loadConfigOrExit(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
// Everything is closed by now; do not let a stray handle keep an operator waiting.
setTimeout(() => process.exit(code), 5000).unref();

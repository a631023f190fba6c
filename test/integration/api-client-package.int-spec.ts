import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkgDir = join(root, 'libs/api-client');

/** What a procurement developer does: npm pack the client, install the tarball, type-check and run a consumer. */
describe('@attesta/api-client as a package', () => {
  const work = mkdtempSync(join(tmpdir(), 'attesta-api-client-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('packs the built client with its types and README, and a consumer installs, type-checks and runs it', () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: pkgDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    ) as { filename: string; files: { path: string }[] }[];
    expect(packed!.files.map((f) => f.path).sort()).toEqual(['README.md', 'dist/index.d.ts', 'dist/index.js', 'dist/schema.d.ts', 'package.json']);

    // The consumer: the tarball unpacked into its node_modules (as npm install would), openapi-fetch beside it.
    const consumer = join(work, 'consumer');
    const installed = join(consumer, 'node_modules/@attesta/api-client');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(work, packed!.filename), '-C', installed, '--strip-components=1']);
    symlinkSync(join(root, 'node_modules/openapi-fetch'), join(consumer, 'node_modules/openapi-fetch'));
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'procurement-system', type: 'module', private: true }));
    writeFileSync(
      join(consumer, 'check.ts'),
      [
        "import { createAttestaClient, type components } from '@attesta/api-client';",
        "const attesta = createAttestaClient({ baseUrl: 'https://attesta.example.com', apiKey: 'atk_x.y' });",
        "export async function check(offeringId: string, frameworkId: string): Promise<components['schemas']['ComplianceReportDto']['overall'] | undefined> {",
        "  const { data } = await attesta.POST('/v1/conformity-checks', { body: { offeringId, requirements: [{ frameworkId, minimumOutcome: 'conformant' }], markets: ['TH'] } });",
        '  return data?.overall;',
        '}',
        '// @ts-expect-error a path the API does not have',
        "export const wrong = () => attesta.GET('/v1/no-such-path');",
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2022', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, types: [] },
        files: ['check.ts'],
      }),
    );
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', consumer], { encoding: 'utf8' });

    const run = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { createAttestaClient } from '@attesta/api-client'; const c = createAttestaClient({ baseUrl: 'http://x' }); console.log(typeof c.GET, typeof c.POST);",
      ],
      { cwd: consumer, encoding: 'utf8' },
    );
    expect(run.trim()).toBe('function function');
  }, 120_000);
});

import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file at `path` (repository-relative), with the repository's config. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result!.messages.filter((m) => m.ruleId === 'attesta/import-boundaries').map((m) => m.message);
}

describe('attesta/import-boundaries', () => {
  // Loading the configuration (typescript-eslint) is the slow part: do it once, outside the cases' timeout.
  beforeAll(() => boundaryErrors('libs/core/src/x.ts', 'export {};\n'), 60_000);

  it.each([
    [
      'apps/api/src/api.module.ts',
      "import { ProcessorsModule } from '../../worker/src/processors.module.js';\nexport { ProcessorsModule };\n",
      /apps\/api may not import apps\/worker/,
    ],
    [
      'apps/api/src/deep/nested/x.ts',
      "export { ProcessorsModule } from '../../../../worker/src/processors.module.js';\n",
      /apps\/api may not import apps\/worker/,
    ],
    ['apps/worker/src/x.ts', "export { createApiApp } from '../../api/src/bootstrap.js';\n", /apps\/worker may not import apps\/api/],
    ['libs/reviews/src/x.ts', "export { AttestationEntity } from '../../attestations/src/entities/attestation.entity.js';\n", /inside libs\/attestations/],
    [
      'libs/reviews/src/x.ts',
      "export { AttestationEntity } from '@attesta/attestations/src/entities/attestation.entity.js';\n",
      /import @attesta\/attestations \(the lib's index.ts\)/,
    ],
    ['apps/api/src/x.ts', "export { EvidenceItemEntity } from '../../../libs/evidence/src/entities/evidence-item.entity.js';\n", /inside libs\/evidence/],
    ['libs/core/src/x.ts', "export { createApiApp } from '../../../apps/api/src/bootstrap.js';\n", /libs never import apps/],
    ['migrations/1795699999999-Fixture.ts', "export { syncBuiltInCatalog } from '@attesta/catalog';\n", /migrations are frozen/],
    ['migrations/1795699999999-Fixture.ts', "export { x } from '../libs/catalog/src/index.js';\n", /migrations are frozen/],
    // Entities stay inside their lib, whether imported as a value or as a type.
    [
      'libs/reviews/src/x.ts',
      "import { AttestationEntity } from '@attesta/attestations';\nexport const n = AttestationEntity.name;\n",
      /AttestationEntity is an entity of libs\/attestations/,
    ],
    [
      'apps/api/src/x.dto.ts',
      "import type { OfferingEntity } from '@attesta/offerings';\nexport type X = OfferingEntity;\n",
      /OfferingEntity is an entity of libs\/offerings/,
    ],
    ['scripts/seed/x.ts', "export { FrameworkEntity } from '@attesta/catalog';\n", /FrameworkEntity is an entity of libs\/catalog/],
    [
      'test/e2e/x.e2e-spec.ts',
      "export async function f() {\n  const { OfferingEntity } = await import('@attesta/offerings');\n  return OfferingEntity;\n}\n",
      /OfferingEntity is an entity of libs\/offerings/,
    ],
    ['libs/workspaces/src/x.ts', "export { offeringsEntities } from '@attesta/offerings';\n", /only libs\/schema takes it/],
    ['libs/offerings/src/index.ts', "export { OfferingEntity } from './entities/offering.entity.js';\n", /a lib face exports entities only in its entity list/],
  ])('fails on %s importing across a boundary (%#)', async (path, code, message) => {
    const errors = await boundaryErrors(path, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    [
      'apps/all-in-one/src/x.ts',
      "export { ProcessorsModule } from '../../worker/src/processors.module.js';\nexport { createApiApp } from '../../api/src/bootstrap.js';\n",
    ],
    ['apps/api/src/x.ts', "export { Db } from '@attesta/core';\nexport { y } from './y.js';\n"],
    ['libs/reviews/src/sub/x.ts', "export { z } from '../reviews.service.js';\n"],
    [
      'test/e2e/x.e2e-spec.ts',
      "export { f } from '../../libs/identity/src/testing/identity.factory.js';\nexport { createWorker } from '../../apps/worker/src/bootstrap.js';\n",
    ],
    [
      'migrations/1795699999999-Fixture.ts',
      "import { MigrationInterface } from 'typeorm';\nexport type { MigrationInterface };\nexport { f } from './lib/row-level-security.js';\n",
    ],
    ['libs/schema/src/x.ts', "export { offeringsEntities } from '@attesta/offerings';\nexport { reviewsEntities } from '@attesta/reviews';\n"],
    [
      'libs/offerings/src/index.ts',
      "export { offeringsEntities } from './entities.js';\nexport type { OfferingEntity as Offering } from './entities/offering.entity.js';\n",
    ],
    ['libs/offerings/src/x.ts', "export { OfferingEntity } from './entities/offering.entity.js';\n"],
    ['apps/api/src/x.dto.ts', "import type { Offering } from '@attesta/offerings';\nexport type X = Offering;\n"],
  ])('allows %s (%#)', async (path, code) => {
    expect(await boundaryErrors(path, code)).toEqual([]);
  });
});

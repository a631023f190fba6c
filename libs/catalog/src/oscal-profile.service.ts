import { Injectable } from '@nestjs/common';
import { assertCan } from '@attesta/access';
import { Actor, Db, scopeOf } from '@attesta/core';
import { CatalogError, CatalogErrorCode } from './catalog.errors.js';
import { CatalogService, type ImportedFramework, type ImportOscalOptions } from './catalog.service.js';
import { oscalCatalogDocument } from './oscal-fidelity.store.js';
import { resolveOscalProfile } from './oscal/oscal-profile.js';

/**
 * Tailoring: an OSCAL profile resolved against a catalog the organization can read, stored as a
 * new `imported` framework (the resolved catalog, lossless like any imported catalog). A profile
 * naming controls, parameters or parts the catalog lacks, or repeating ids, is a 422 naming the
 * profile's JSON path, and nothing is stored.
 */
@Injectable()
export class OscalProfileService {
  constructor(
    private readonly db: Db,
    private readonly catalog: CatalogService,
  ) {}

  async importProfile(actor: Actor, catalogFrameworkId: string, profile: unknown, options: ImportOscalOptions = {}): Promise<ImportedFramework> {
    assertCan(actor, 'create', 'Framework');
    const source = await this.db.tx(scopeOf(actor), async (em) => {
      const visible = await em.query(`SELECT 1 FROM frameworks WHERE id = $1 AND (organization_id IS NULL OR organization_id = $2)`, [
        catalogFrameworkId,
        actor.organizationId,
      ]);
      if (!(visible as unknown[]).length) throw new CatalogError(CatalogErrorCode.FrameworkNotFound, 'No such framework.');
      return oscalCatalogDocument(em, catalogFrameworkId);
    });
    if (!source) throw new CatalogError(CatalogErrorCode.FrameworkNotFound, 'No such framework.');
    const resolved = resolveOscalProfile(profile, source);
    return this.catalog.importOscal(actor, resolved, options);
  }
}

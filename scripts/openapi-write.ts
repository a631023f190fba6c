/** Writes the OpenAPI document the API serves to openapi/openapi.json (for linting and clients). */
import 'reflect-metadata';
import { buildOpenApiDocument } from '@attesta/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createApiApp } from '../apps/api/src/bootstrap.js';
import { withScratchDatabase } from './lib/scratch-db.js';

const out = process.argv[2] ?? 'openapi/openapi.json';
await withScratchDatabase({ ...process.env, LOG_LEVEL: 'warn', PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? 'http://localhost:3000' }, async (config) => {
  const app = await createApiApp(config);
  try {
    const document = buildOpenApiDocument(app, config);
    mkdirSync(out.replace(/\/[^/]*$/, ''), { recursive: true });
    writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
    console.log(`wrote ${out} (${Object.keys(document.paths).length} paths)`);
  } finally {
    await app.close();
  }
});

import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { factories } from '../setup/factories.js';
import { client } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

type Json = Record<string, unknown>;

/**
 * Object schemas that are free-form on purpose: documents whose shape a published standard
 * defines, passed through as they are. Everything else names its properties (or its
 * additionalProperties), so a generated client gets real types.
 */
const FREE_FORM: { pointer: RegExp; reason: string }[] = [
  {
    pointer: /\/properties\/(catalog|profile|mapping-collection|assessment-plan|assessment-results|component-definition|plan-of-action-and-milestones)$/,
    reason: 'An OSCAL 1.2 document root: NIST publishes its schema; we pass it through',
  },
  { pointer: /^#\/paths\/~1v1~1framework-version-mappings~1import~1oscal\/post\/requestBody\/.*\/schema$/, reason: 'An OSCAL 1.2 mapping-collection document' },
  {
    pointer: /(\/publicJwk|\/publicKeys\/items|jwk-set\+json\/schema\/properties\/keys\/items)$/,
    reason: 'A JSON Web Key (RFC 7517): its members depend on the key type',
  },
  { pointer: /did\+json\/schema$/, reason: 'A DID document (W3C DID Core)' },
  { pointer: /^#\/components\/schemas\/VerifyDto\/properties\/credential\/oneOf\/1$/, reason: 'A W3C Verifiable Credential (VC Data Model 2.0), any issuer’s' },
  { pointer: /^#\/components\/schemas\/OcdsReleaseDto\/properties\/tender$/, reason: 'An OCDS 1.1 tender block (release schema + requirements extension)' },
];

/** `type: object` (or `["object","null"]`) that says nothing about what the object holds. */
function isBareObject(schema: Json): boolean {
  const type = schema.type;
  const isObject = type === 'object' || (Array.isArray(type) && type.includes('object'));
  if (!isObject) return false;
  return !['properties', '$ref', 'additionalProperties', 'patternProperties', 'allOf', 'oneOf', 'anyOf'].some((k) => k in schema);
}

/** Calls `visit` on every object under `node` with its JSON pointer, skipping example values. */
function walk(node: unknown, pointer: string, visit: (node: Json, pointer: string) => void): void {
  if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${pointer}/${i}`, visit));
  if (!node || typeof node !== 'object') return;
  visit(node as Json, pointer);
  for (const [k, v] of Object.entries(node)) {
    if (k !== 'example' && k !== 'examples') walk(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, visit);
  }
}

/** The schema-object factory's module, the very one @nestjs/swagger loaded (the package exports only its index). */
async function schemaObjectFactoryModule(): Promise<{ SchemaObjectFactory: { prototype: Json } }> {
  const index = createRequire(import.meta.url).resolve('@nestjs/swagger');
  return (await import(pathToFileURL(join(dirname(index), 'services/schema-object-factory.js')).href)) as { SchemaObjectFactory: { prototype: Json } };
}

describe('OpenAPI document schemas', () => {
  let t: TestApp;
  let doc: Json;
  /** Every class the document builder turned into a schema, by the schema name it got. */
  const classesBySchemaName = new Map<string, Set<unknown>>();

  beforeAll(async () => {
    // The document is built on the first GET /openapi.json; record each class → schema name then.
    const { SchemaObjectFactory } = await schemaObjectFactoryModule();
    const proto = SchemaObjectFactory.prototype as { getSchemaMetadata: (type: unknown) => { schemaName: string } };
    const original = proto.getSchemaMetadata;
    vi.spyOn(proto, 'getSchemaMetadata').mockImplementation(function (this: unknown, type: unknown) {
      const result = original.call(this, type);
      if (typeof type === 'function') classesBySchemaName.set(result.schemaName, (classesBySchemaName.get(result.schemaName) ?? new Set()).add(type));
      return result;
    });
    t = await createTestApp();
    const res = await fetch(`${t.baseUrl}/openapi.json`);
    expect(res.status).toBe(200);
    doc = (await res.json()) as Json;
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await t?.close();
  });

  it('gives every object schema its properties, unless it is free-form on purpose', () => {
    const bare: string[] = [];
    const allowedSeen = new Set<RegExp>();
    walk(doc.components, '#/components', (node, pointer) => {
      if (!isBareObject(node)) return;
      const allowed = FREE_FORM.find((f) => f.pointer.test(pointer));
      if (allowed) allowedSeen.add(allowed.pointer);
      else bare.push(pointer);
    });
    walk(doc.paths, '#/paths', (node, pointer) => {
      if (!isBareObject(node)) return;
      const allowed = FREE_FORM.find((f) => f.pointer.test(pointer));
      if (allowed) allowedSeen.add(allowed.pointer);
      else bare.push(pointer);
    });
    expect(bare).toEqual([]);
    // An allowlist entry nothing matches any more is stale: remove it.
    expect(FREE_FORM.filter((f) => !allowedSeen.has(f.pointer)).map((f) => f.reason)).toEqual([]);
  });

  it('has examples that validate against their schemas', () => {
    const ajv = new Ajv2020({ strict: true, strictTypes: false, strictTuples: false, strictRequired: false, allErrors: true, validateSchema: false });
    addFormats(ajv);
    // OpenAPI's own schema keywords, and the document's top-level members (refs resolve against the document).
    ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs', ...Object.keys(doc)]);
    ajv.addSchema(doc, 'openapi.json');
    const fragment = (pointer: string) => pointer.slice(1).split('/').map(encodeURIComponent).join('/');
    const failures: string[] = [];
    let checked = 0;
    const check = (value: unknown, schemaPointer: string, where: string) => {
      checked++;
      try {
        const validate = ajv.compile({ $ref: `openapi.json#${fragment(schemaPointer)}` });
        if (!validate(value)) failures.push(`${where}: ${ajv.errorsText(validate.errors, { dataVar: 'example' })}`);
      } catch (error) {
        failures.push(`${where}: ${(error as Error).message}`);
      }
    };
    const visit = (node: Json, pointer: string) => {
      // A media type, parameter or header holds its schema; a schema holds its own example.
      const schemaPointer = node.schema && typeof node.schema === 'object' ? `${pointer}/schema` : pointer;
      if ('example' in node) check(node.example, schemaPointer, pointer);
      if (Array.isArray(node.examples)) node.examples.forEach((e, i) => check(e, schemaPointer, `${pointer}/examples/${i}`));
      else if (node.examples && typeof node.examples === 'object') {
        for (const [name, e] of Object.entries(node.examples as Record<string, Json>))
          if (e && 'value' in e) check(e.value, schemaPointer, `${pointer}/examples/${name}`);
      }
    };
    walk(doc.components, '#/components', visit);
    walk(doc.paths, '#/paths', visit);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('gives each DTO class its own schema name', () => {
    // The spy saw the document being built (else this test proves nothing).
    expect(classesBySchemaName.size).toBeGreaterThan(100);
    const schemas = Object.keys((doc.components as { schemas: Json }).schemas);
    expect(schemas.filter((name) => !classesBySchemaName.has(name)).length).toBeLessThan(schemas.length / 10);
    const shared = [...classesBySchemaName].filter(([, classes]) => classes.size > 1).map(([name]) => name);
    expect(shared).toEqual([]);
  });

  it('documents the rate limit of every operation a user or an API key calls: its 429 with Retry-After, and the RateLimit headers of its answers', async () => {
    const missing: string[] = [];
    let counted = 0;
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
      for (const [method, op] of Object.entries(item)) {
        const security = (op.security as Json[] | undefined) ?? [];
        if (!security.some((s) => 'bearer' in s || 'apiKey' in s)) continue;
        counted++;
        const responses = op.responses as Record<string, { headers?: Json }>;
        if (!responses['429']?.headers?.['Retry-After']) missing.push(`${method.toUpperCase()} ${path}: 429 with Retry-After`);
        for (const [status, answer] of Object.entries(responses))
          if (/^2\d\d$/.test(status) && !answer.headers?.['RateLimit-Remaining']) missing.push(`${method.toUpperCase()} ${path} ${status}: RateLimit headers`);
      }
    }
    expect(missing).toEqual([]);
    expect(counted).toBeGreaterThan(150);
    // And the answers do carry them.
    const http = client(t.baseUrl);
    const org = await factories(http).newOrganization();
    const read = await http.get('/v1/organization', org.owner.as);
    expect(read.status).toBe(200);
    expect(Number(read.headers.get('ratelimit-remaining'))).toBeGreaterThan(0);
    expect(Number(read.headers.get('ratelimit-limit'))).toBeGreaterThan(0);
  });
});

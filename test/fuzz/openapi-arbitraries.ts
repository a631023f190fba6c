import fc from 'fast-check';

/** The part of JSON Schema (OpenAPI 3.1 flavour) the API's request schemas use. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  example?: unknown;
  examples?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
}

/**
 * Ids the generators use for a field or parameter of a given name (`workspaceId`,
 * `frameworkIds`, `requirementId`...): real objects of the cast most of the time, so a
 * request gets past "not found" into the code behind it.
 */
export type IdPools = (name: string) => string[];

/** Values that broke, or could break, a handler: wrong types, boundaries, odd text, nesting. */
export function evilValue(limits: { maxLength: number; maxItems: number } = { maxLength: 20_000, maxItems: 3000 }): fc.Arbitrary<unknown> {
  const deep = fc.integer({ min: 20, max: 90 }).map((n) => {
    let v: unknown = 'x';
    for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v };
    return v;
  });
  return fc.oneof(
    fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      2 ** 31,
      -(2 ** 31) - 1,
      2 ** 53,
      Number.MAX_VALUE,
      1e-300,
      '',
      ' ',
      '\u0000',
      'a\u0000b',
      '\ud800',
      'x\udc00y',
      '\u202e\u200b',
      '💥',
      'null',
      'true',
      '-1',
      '1e309',
      '2147483648',
      '99999999999999999999',
      'NaN',
      '0000-00-00',
      '2026-02-30',
      '2026-13-01',
      '9999-12-31',
      '+275760-09-13T00:00:00.000Z',
      '2026-01-01T25:61:61Z',
      '00000000-0000-0000-0000-000000000000',
      'FFFFFFFF-FFFF-7FFF-BFFF-FFFFFFFFFFFF',
      '01970000-0000-7000-8000-00000000000',
      "' OR '1'='1",
      '"; DROP TABLE organizations; --',
      '../../../../etc/passwd',
      '%00%ff%ED%A0%80',
      '${jndi:ldap://x}',
      '<script>alert(1)</script>',
      'a@b',
      'not an e-mail',
      'javascript:alert(1)',
      'http://[::1]:0/',
      '__proto__',
      [],
      [null],
      [[]],
      [{}],
      {},
      { __proto__: { polluted: true } },
      { constructor: { prototype: { polluted: true } } },
    ),
    fc.integer(),
    fc.double(),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: fc.constantFrom('\u0000', '\ud800', '\udfff', 'a', 'é', '\n', '"', '\\'), maxLength: 12 }),
    fc.integer({ min: 100, max: limits.maxLength }).map((n) => 'x'.repeat(n)),
    fc.integer({ min: 1, max: limits.maxItems }).map((n) => Array.from({ length: n }, (_, i) => i)),
    deep,
    fc.jsonValue({ maxDepth: 3 }),
  );
}

function deref(schema: Schema | undefined, root: Record<string, Schema>): Schema {
  let s = schema ?? {};
  for (let i = 0; s.$ref && i < 20; i++) s = root[s.$ref.replace('#/components/schemas/', '')] ?? {};
  if (s.allOf?.length) {
    const merged: Schema = { ...s, allOf: undefined };
    for (const part of s.allOf) {
      const p = deref(part, root);
      merged.type ??= p.type;
      merged.properties = { ...merged.properties, ...p.properties };
      merged.required = [...(merged.required ?? []), ...(p.required ?? [])];
      if (p.enum) merged.enum = p.enum;
      if (p.items) merged.items = p.items;
      if (p.format) merged.format = p.format;
    }
    if (!s.allOf.some((p) => deref(p, root).properties)) delete merged.properties;
    return merged;
  }
  return s;
}

/** A singular pool key for a field name: `frameworkIds` → `frameworkId`, `sourceRequirementId` → `requirementId`. */
export function poolKey(name: string): string {
  const singular = name.endsWith('Ids') ? name.slice(0, -1) : name;
  const stripped = singular.replace(/^(source|target|provider)([A-Z])/, (_, __, c: string) => c.toLowerCase());
  return stripped;
}

const isoDate = fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true });

function stringFor(schema: Schema, name: string, pools: IdPools): fc.Arbitrary<string> {
  const example = typeof schema.example === 'string' ? [fc.constant(schema.example)] : [];
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Math.max(min, 64);
  const text = fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 200) });
  const ids = pools(poolKey(name));
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(
        { arbitrary: ids.length ? fc.constantFrom(...ids) : fc.uuid(), weight: 6 },
        { arbitrary: fc.uuid({ version: 7 }), weight: 1 },
        { arbitrary: fc.uuid(), weight: 1 },
      );
    case 'date':
      return fc.oneof({ arbitrary: isoDate.map((d) => d.toISOString().slice(0, 10)), weight: 4 }, ...example.map((arbitrary) => ({ arbitrary, weight: 2 })));
    case 'date-time':
      return isoDate.map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress();
    case 'uri':
    case 'url':
      return fc.oneof(fc.webUrl(), fc.constant('http://127.0.0.1:9/fuzz'));
    case 'binary':
      return fc.string({ maxLength: 64 });
  }
  if (name === 'cursor') {
    const key = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer(),
      isoDate.map((d) => d.toISOString()),
      fc.uuid(),
      fc.constant(null),
      fc.double(),
    );
    const encoded = fc.array(key, { maxLength: 4 }).map((values) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url'));
    return fc.oneof(encoded, text, fc.base64String({ maxLength: 40 }));
  }
  if (/email/i.test(name)) return fc.oneof(fc.emailAddress(), ...example);
  if (/url$/i.test(name)) return fc.oneof(fc.constant('http://127.0.0.1:9/fuzz'), fc.constant('https://127.0.0.1/hook'), ...example);
  if (ids.length && /Id$|^serial$|^token$|^refreshToken$|^credential$/.test(name))
    return fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 4 }, { arbitrary: text, weight: 1 });
  if (/^(market|targetMarket|country)s?$/.test(name)) return fc.oneof(fc.constantFrom('TH', 'VN', 'SG', 'DE', 'US', 'th', 'XX', 'ZZZ'), ...example);
  // An example is a value the server takes (formats the schema does not spell out, e.g. a country code).
  return fc.oneof({ arbitrary: text, weight: 1 }, ...example.map((arbitrary) => ({ arbitrary, weight: 3 })));
}

/**
 * A value that fits the schema (types, enums, formats, ranges, required properties), with
 * real cast ids where the field names an object. Optional properties come and go.
 */
export function validArbitrary(schema: Schema | undefined, root: Record<string, Schema>, pools: IdPools, name = '', depth = 0): fc.Arbitrary<unknown> {
  const s = deref(schema, root);
  if (depth > 8) return fc.constant(null);
  const choices = s.oneOf ?? s.anyOf;
  if (choices?.length) return fc.oneof(...choices.map((c) => validArbitrary(c, root, pools, name, depth + 1)));
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ['object'] : s.items ? ['array'] : ['string'];
  const nonNull = types.filter((t) => t !== 'null');
  const arbs = nonNull.map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'integer':
      case 'number': {
        const min = s.minimum ?? -1000;
        const max = s.maximum ?? Math.max(min, 1000);
        const ints = fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
        const example = typeof s.example === 'number' ? [fc.constant(s.example)] : [];
        const doubles = fc.double({ min, max, noNaN: true });
        return type === 'integer' ? fc.oneof(ints, ...example) : fc.oneof({ arbitrary: ints, weight: 4 }, { arbitrary: doubles, weight: 1 }, ...example);
      }
      case 'boolean':
        return fc.boolean();
      case 'array': {
        const example = Array.isArray(s.example) ? [fc.constant(s.example)] : [];
        const items = fc.array(validArbitrary(s.items, root, pools, name, depth + 1), {
          minLength: s.minItems ?? 0,
          maxLength: Math.min(s.maxItems ?? 4, 4),
        });
        return fc.oneof(items, ...example);
      }
      case 'object': {
        if (!s.properties) return fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }));
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [key, prop] of Object.entries(s.properties)) record[key] = validArbitrary(prop, root, pools, key, depth + 1);
        return fc.record(record, { requiredKeys: (s.required ?? []).filter((k) => k in record) });
      }
      default:
        return stringFor(s, name, pools);
    }
  });
  if (!arbs.length) return fc.constant(null);
  const withNull = types.includes('null') || s.nullable ? [fc.constant(null)] : [];
  return fc.oneof(...arbs, ...withNull);
}

type Mutation = { kind: 'replace' | 'delete' | 'add'; at: number; key: string; value: unknown };

/** Every container node (object or array) and leaf path of a JSON value, depth first. */
function nodes(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => nodes(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) nodes(v, [...path, k], out);
  return out;
}

function mutate(value: unknown, m: Mutation): unknown {
  const copy = structuredClone(value);
  const all = nodes(copy);
  const path = all[m.at % all.length]!;
  if (path.length === 0) {
    if (m.kind === 'add' && copy && typeof copy === 'object' && !Array.isArray(copy)) return { ...copy, [m.key]: m.value };
    return m.kind === 'replace' ? m.value : copy;
  }
  let parent = copy as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (m.kind === 'add' && parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) {
    (parent[last] as Record<string, unknown>)[m.key] = m.value;
  } else parent[last] = m.value;
  return copy;
}

const unknownKey = fc.constantFrom('unknownField', 'id', 'organizationId', 'status', 'version', 'createdAt', '__proto__', 'isAdmin', '', 'a.b', '\u0000');

/** A valid value with one to three nodes replaced, deleted or added (an evil value, an unknown field). */
export function mutatedArbitrary(base: fc.Arbitrary<unknown>, evil: fc.Arbitrary<unknown> = evilValue()): fc.Arbitrary<unknown> {
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    kind: fc.constantFrom('replace', 'replace', 'delete', 'add'),
    at: fc.nat(),
    key: unknownKey,
    value: evil,
  });
  return fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([v, ms]) => ms.reduce((acc, m) => mutate(acc, m), v));
}

/**
 * Evil values for a path segment, query value or header: mostly short enough to reach the
 * handler, now and then longer than any URL limit (the server must still answer problem+json).
 */
export function evilParameter(): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: evilValue({ maxLength: 600, maxItems: 40 }), weight: 30 }, { arbitrary: evilValue(), weight: 1 });
}

/** Valid most of the time, mutated often, wholly wrong sometimes. */
export function fuzzedArbitrary(
  schema: Schema | undefined,
  root: Record<string, Schema>,
  pools: IdPools,
  name = '',
  examples: unknown[] = [],
  evil: fc.Arbitrary<unknown> = evilValue(),
  weights: { valid: number; mutated: number; evil: number } = { valid: 6, mutated: 4, evil: 1 },
): fc.Arbitrary<unknown> {
  const valid = validArbitrary(schema, root, pools, name);
  const fromExamples = examples.length
    ? [
        { arbitrary: fc.constantFrom(...examples), weight: 2 },
        { arbitrary: mutatedArbitrary(fc.constantFrom(...examples), evil), weight: 2 },
      ]
    : [];
  return fc.oneof({ arbitrary: valid, weight: weights.valid }, { arbitrary: mutatedArbitrary(valid, evil), weight: weights.mutated }, ...fromExamples, {
    arbitrary: evil,
    weight: weights.evil,
  });
}

/**
 * Percent-encodes text for a path segment or query value, lone surrogates included (as the
 * three bytes UTF-8 would give them, which no decoder accepts): encodeURIComponent throws on those.
 */
export function percentEncode(text: string): string {
  let out = '';
  for (const ch of text) {
    if (/^[A-Za-z0-9\-._~]$/.test(ch)) {
      out += ch;
      continue;
    }
    const cp = ch.codePointAt(0)!;
    const bytes =
      cp < 0x80
        ? [cp]
        : cp < 0x800
          ? [0xc0 | (cp >> 6), 0x80 | (cp & 63)]
          : cp < 0x10000
            ? [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)]
            : [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
    out += bytes.map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}

/** A parameter value as text: JSON values become strings the way a careless client sends them. */
export function asParameterText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Header values a client can send (visible ASCII and spaces; fetch refuses control characters). */
export const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 });

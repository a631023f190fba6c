/// <reference types="vite/client" />
import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { compiledBodyUnsupportedReason, compiledBodyValidator, createValidationPipe, PageQueryDto } from '@attesta/core';
import { Transform, Type } from 'class-transformer';
import { getMetadataStorage, IsDate, IsInt, IsOptional, IsString, MaxLength, Validate, ValidateNested, ValidatorConstraint } from 'class-validator';
import { describe, expect, it, vi } from 'vitest';
import { ConformityCheckDto } from '../procurement/procurement.dto.js';

// @nestjs/swagger's metadata key for @ApiProperty options (its API_MODEL_PROPERTIES).
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

type DtoClass = abstract new (...args: never[]) => unknown;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every DTO a route of the API takes as its body, read from the controllers' route metadata. */
function bodyDtos(): DtoClass[] {
  return routeDtos(RouteParamtypes.BODY);
}

/** Every DTO a route of the API takes as its whole query (`@Query()` without a name). */
function queryDtos(): DtoClass[] {
  return routeDtos(RouteParamtypes.QUERY);
}

function routeDtos(kind: RouteParamtypes): DtoClass[] {
  const controllers = import.meta.glob<Record<string, unknown>>('../**/*.controller.ts', { eager: true });
  const found = new Set<DtoClass>();
  for (const module of Object.values(controllers)) {
    for (const exported of Object.values(module)) {
      if (typeof exported !== 'function') continue;
      const proto = exported.prototype as object;
      for (const method of Object.getOwnPropertyNames(proto)) {
        const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, exported, method) as Record<string, { index: number }> | undefined;
        const types = Reflect.getMetadata('design:paramtypes', proto, method) as DtoClass[] | undefined;
        for (const [key, arg] of Object.entries(args ?? {}) as [string, { index: number; data?: unknown }][]) {
          const type = types?.[arg.index];
          if (
            key.split(':')[0] === String(kind) &&
            arg.data === undefined &&
            type &&
            getMetadataStorage().getTargetValidationMetadatas(type, '', false, false).length
          )
            found.add(type);
        }
      }
    }
  }
  return [...found];
}

/** A small seeded generator, so a failure names a body that can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UUID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const COMMON: Json[] = [
  null,
  true,
  false,
  0,
  1,
  2,
  -1,
  1.5,
  365,
  3651,
  2147483648,
  '',
  'x',
  ' x ',
  'TH',
  'vn',
  'THA',
  UUID,
  UUID.toUpperCase(),
  `urn:uuid:${UUID}`,
  '2027-01-01',
  '2027-02-30',
  '2027-01-01T00:00:00Z',
  '2029-12-31T23:59:59.000+07:00',
  'https://example.com/a',
  'lan@example.com',
  'a'.repeat(64),
  'x'.repeat(301),
  [],
  ['TH'],
  ['TH', 'VN'],
  [UUID],
  [1],
  [null],
  [{}],
  {},
  { a: 1 },
];

/** Values worth trying for a property: its documented example and enum, the bounds its rules name, the common pool. */
function candidates(type: DtoClass, property: string): Json[] {
  const out: Json[] = [];
  const doc = Reflect.getMetadata(API_MODEL_PROPERTIES, type.prototype as object, property) as { example?: Json; enum?: unknown } | undefined;
  if (doc?.example !== undefined) out.push(doc.example, [doc.example] as Json);
  const enumValues = Array.isArray(doc?.enum) ? doc.enum : doc?.enum && typeof doc.enum === 'object' ? Object.values(doc.enum) : [];
  for (const v of enumValues as Json[]) out.push(v, [v]);
  for (const m of getMetadataStorage().getTargetValidationMetadatas(type, '', false, false)) {
    if (m.propertyName !== property) continue;
    for (const c of (m.constraints ?? []) as unknown[]) {
      if (typeof c === 'number' && Number.isFinite(c))
        out.push(c, c - 1, c + 1, 'x'.repeat(Math.max(0, Math.min(c, 5000))), 'x'.repeat(Math.max(0, Math.min(c + 1, 5001))));
      if (Array.isArray(c)) for (const v of c as Json[]) if (v === null || typeof v !== 'object') out.push(v, [v]);
    }
  }
  return [...out, ...COMMON];
}

const slowPipe = createValidationPipe({ compiled: false });
const fastPipe = createValidationPipe();

async function slow(type: DtoClass, body: Json): Promise<{ ok: true; value: unknown } | { ok: false; fields: string[] }> {
  try {
    return { ok: true, value: await slowPipe.transform(structuredClone(body), { type: 'body', metatype: type as never, data: undefined }) };
  } catch (e) {
    const errors = (e as { errors?: readonly { field: string }[] }).errors;
    if (!errors) throw e;
    return { ok: false, fields: errors.map((x) => x.field) };
  }
}

function propertiesOf(type: DtoClass): string[] {
  return [
    ...new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(type, '', false, false)
        .map((m) => m.propertyName),
    ),
  ];
}

function nestedTypeOf(type: DtoClass, property: string): DtoClass | undefined {
  const nested = getMetadataStorage()
    .getTargetValidationMetadatas(type, '', false, false)
    .some((m) => m.propertyName === property && m.type === 'nestedValidation');
  const declared = Reflect.getMetadata('design:type', type.prototype as object, property) as unknown;
  const doc = Reflect.getMetadata(API_MODEL_PROPERTIES, type.prototype as object, property) as { type?: unknown } | undefined;
  const listed = Array.isArray(doc?.type) ? (doc.type[0] as unknown) : doc?.type;
  const candidate = typeof listed === 'function' && listed !== String && listed !== Number ? listed : declared;
  return nested && typeof candidate === 'function' && candidate !== Array && candidate !== Object ? (candidate as DtoClass) : undefined;
}

/** A body built property by property, each time keeping the first candidate the full path finds no fault with. */
async function greedyBody(type: DtoClass, next: () => number, depth = 0): Promise<Record<string, Json>> {
  const body: Record<string, Json> = {};
  for (const property of propertiesOf(type)) {
    const nested = depth < 3 ? nestedTypeOf(type, property) : undefined;
    const inner = nested ? await greedyBody(nested, next, depth + 1) : undefined;
    const pool = [...(inner ? [inner, [inner], [inner, inner]] : []), ...candidates(type, property)].sort(() => next() - 0.5);
    for (const value of [undefined, ...pool]) {
      const attempt = value === undefined ? { ...body } : { ...body, [property]: value };
      const result = await slow(type, attempt);
      if (result.ok || !result.fields.some((f) => f === property || f.startsWith(`${property}.`))) {
        if (value !== undefined) body[property] = value;
        if (value !== undefined || result.ok) break;
      }
    }
  }
  return body;
}

function mutate(base: Record<string, Json>, type: DtoClass, next: () => number): Json {
  const body: Record<string, Json> = structuredClone(base);
  const properties = propertiesOf(type);
  const changes = 1 + Math.floor(next() * 3);
  for (let i = 0; i < changes; i++) {
    const roll = next();
    const property = properties[Math.floor(next() * properties.length)]!;
    if (roll < 0.15) delete body[property];
    else if (roll < 0.2) body[['extra', 'constructor', 'toString', '__proto__'][Math.floor(next() * 4)]!] = 'x';
    else if (roll < 0.3 && body[property] && typeof body[property] === 'object') {
      // a change inside a nested value: one of its keys dropped or replaced
      const inner = body[property] as Record<string, Json>;
      const keys = Object.keys(inner);
      const key = keys[Math.floor(next() * keys.length)];
      if (key !== undefined) inner[key] = structuredClone(COMMON[Math.floor(next() * COMMON.length)]!);
    } else {
      const pool = candidates(type, property);
      body[property] = structuredClone(pool[Math.floor(next() * pool.length)]!);
    }
  }
  return body;
}

function hasPrototypeKey(value: Json): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(hasPrototypeKey);
  return Object.keys(value).some((key) => key in Object.prototype || hasPrototypeKey(value[key]!));
}

describe('compiled body validation', () => {
  it('accepts exactly the bodies the full path accepts, building the same instances, for every body DTO of the API', async () => {
    const dtos = bodyDtos();
    expect(dtos.length).toBeGreaterThan(40);
    expect(dtos).toContain(ConformityCheckDto);
    const next = random(20261205);
    let compared = 0;
    let accepted = 0;
    const unsupported: string[] = [];
    for (const type of dtos) {
      const fast = compiledBodyValidator(type);
      if (!fast) {
        unsupported.push(`${type.name}: ${compiledBodyUnsupportedReason(type)}`);
        continue;
      }
      const base = await greedyBody(type, next);
      const bodies: Json[] = [base, {}, [], [base], ...Array.from({ length: 100 }, () => mutate(base, type, next))];
      for (const body of bodies) {
        const input = structuredClone(body);
        const fastResult = fast(input);
        expect(input, `${type.name}: the compiled path left the body as it was`).toStrictEqual(body);
        const slowResult = await slow(type, body);
        const context = `${type.name} ${JSON.stringify(body).slice(0, 400)}`;
        // Keys named like Object.prototype members (`constructor`, `toString`, `__proto__`) are
        // dropped by class-transformer, so the full path accepts such a body without them; the
        // compiled path leaves those bodies to it. Everything else is decided alike.
        expect(fastResult !== undefined, context).toBe(slowResult.ok && !hasPrototypeKey(body));
        if (fastResult !== undefined) {
          expect(fastResult, context).toStrictEqual(slowResult.ok && slowResult.value);
          accepted++;
        }
        compared++;
      }
    }
    // Without valid bodies among them the comparison would only show that both refuse the same.
    expect(accepted).toBeGreaterThan(compared / 10);
    // Classes without a plan take the full path (slower, same answers); none of the hot ones may be among them.
    expect(unsupported.length, unsupported.join('\n')).toBeLessThan(dtos.length / 4);
  }, 120_000);

  it('accepts exactly the queries the full path accepts, building the same instances, for every query DTO of the API', async () => {
    const dtos = queryDtos();
    expect(dtos.length).toBeGreaterThan(10);
    expect(dtos).toContain(PageQueryDto);
    const next = random(20261206);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    // What Fastify's query parser hands over: an object without Object.prototype, text values, a list for a repeated name.
    const asQuery = (entries: [string, string | string[]][]) => Object.assign(Object.create(null) as Record<string, unknown>, Object.fromEntries(entries));
    const text = (v: Json): string => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v));
    const run = async (pipe: typeof slowPipe, type: DtoClass, query: Record<string, unknown>) => {
      try {
        return { ok: true as const, value: await pipe.transform({ ...query }, { type: 'query', metatype: type as never, data: undefined }) };
      } catch (e) {
        const errors = (e as { errors?: readonly { field: string }[] }).errors;
        if (!errors) throw e;
        return { ok: false as const, fields: errors.map((x) => x.field) };
      }
    };
    let compared = 0;
    let compiledAccepts = 0;
    let convertedAccepts = 0;
    const unsupported: string[] = [];
    for (const type of dtos) {
      const compiled = compiledBodyValidator(type);
      if (!compiled) unsupported.push(`${type.name}: ${compiledBodyUnsupportedReason(type)}`);
      const properties = propertiesOf(type);
      for (let i = 0; i < 150; i++) {
        const entries: [string, string | string[]][] = [];
        for (const property of properties) {
          if (next() < 0.5) continue;
          const pool = candidates(type, property).filter((v) => !Array.isArray(v));
          entries.push([property, next() < 0.1 ? [text(pick(pool)), text(pick(pool))] : text(pick(pool))]);
        }
        if (next() < 0.05) entries.push([pick(['extra', 'constructor', '__proto__']), 'x']);
        const query = asQuery(entries);
        const context = `${type.name} ${JSON.stringify(entries).slice(0, 400)}`;
        const [fast, full] = [await run(fastPipe, type, query), await run(slowPipe, type, query)];
        expect(fast, context).toStrictEqual(full);
        const accepted = compiled?.({ ...query });
        if (accepted !== undefined) {
          compiledAccepts++;
          // A converted parameter (`@Type(() => Number)`, e.g. `limit`) reached the instance as the full path converts it.
          if (entries.some(([, v]) => typeof v === 'string') && Object.values(accepted).some((v) => typeof v !== 'string')) convertedAccepts++;
        }
        compared++;
      }
    }
    // The compiled plan must take a good share of them, or this compares the full path with itself.
    expect(compiledAccepts).toBeGreaterThan(compared / 5);
    expect(convertedAccepts).toBeGreaterThan(compared / 100);
    expect(compiledBodyUnsupportedReason(PageQueryDto)).toBeNull();
    // As the pipe hands it over: the query's own keys in a plain object.
    const page = compiledBodyValidator(PageQueryDto)!({
      ...asQuery([
        ['limit', '20'],
        ['cursor', 'abc'],
      ]),
    });
    expect(page).toBeInstanceOf(PageQueryDto);
    expect(page).toStrictEqual(Object.assign(new PageQueryDto(), { limit: 20, cursor: 'abc' }));
    // Through the pipe: a valid query is answered by the compiled plan, without the ValidationPipe's
    // class-transformer + class-validator path; the pipe made with `compiled: false` takes that path.
    const fullPath = vi.spyOn(ValidationPipe.prototype, 'transform');
    try {
      const meta = { type: 'query' as const, metatype: PageQueryDto, data: undefined };
      const expected = Object.assign(new PageQueryDto(), { limit: 20 });
      expect(await fastPipe.transform(asQuery([['limit', '20']]), meta)).toStrictEqual(expected);
      expect(fullPath).not.toHaveBeenCalled();
      expect(await slowPipe.transform(asQuery([['limit', '20']]), meta)).toStrictEqual(expected);
      expect(fullPath).toHaveBeenCalledTimes(1);
    } finally {
      fullPath.mockRestore();
    }
    for (const refused of [[['limit', '0']], [['limit', '2.5']], [['limit', 'x']], [['limit', ['1', '2']]], [['cursor', 'x'.repeat(513)]]] as [
      string,
      string | string[],
    ][][]) {
      expect(compiledBodyValidator(PageQueryDto)!({ ...asQuery(refused) }), JSON.stringify(refused)).toBeUndefined();
    }
    expect(unsupported.length, unsupported.join('\n')).toBeLessThan(dtos.length / 4);
  }, 120_000);

  it('compiles the conformity check: its valid bodies skip class-transformer and class-validator', async () => {
    expect(compiledBodyUnsupportedReason(ConformityCheckDto)).toBeNull();
    const body = {
      offeringId: UUID,
      requirements: [{ frameworkId: UUID, minimumOutcome: 'conformant' }],
      markets: ['TH', 'VN'],
      maxEvidenceAgeDays: 365,
      accreditedIssuersOnly: true,
      contractPeriod: { startDate: '2027-01-01', endDate: '2029-12-31' },
      competenceRules: [{ minPeople: 2, scheme: 'Remote diagnostics technician', market: 'VN', levels: ['L2'] }],
      criteria: [{ id: 'c1', nested: { deep: [1, 2] } }],
    };
    const fast = compiledBodyValidator(ConformityCheckDto)!(structuredClone(body));
    const full = await slow(ConformityCheckDto, body);
    expect(full.ok).toBe(true);
    expect(fast).toBeInstanceOf(ConformityCheckDto);
    expect(fast).toStrictEqual(full.ok && full.value);
  });

  it('answers without a promise where nothing is validated or the compiled plan accepts, so Nest awaits nothing for it', async () => {
    // A named query value (the preview's ticket) and any value without a DTO: handed on as they came.
    expect(fastPipe.transform('t0k3n', { type: 'query', metatype: Object, data: 'ticket' })).toBe('t0k3n');
    const actor = { kind: 'user' };
    expect(fastPipe.transform(actor, { type: 'custom', metatype: Object, data: undefined })).toBe(actor);
    // A conformity check the plan accepts: the DTO instance itself.
    const body = { offeringId: UUID, requirements: [{ frameworkId: UUID, minimumOutcome: 'conformant' }], markets: ['VN'] };
    const accepted = fastPipe.transform(structuredClone(body), { type: 'body', metatype: ConformityCheckDto, data: undefined });
    expect(accepted).toBeInstanceOf(ConformityCheckDto);
    const full = await slow(ConformityCheckDto, body);
    expect(full.ok).toBe(true);
    expect(accepted).toStrictEqual(full.ok && full.value);
    // A bad body still takes the full path, which names the field.
    const refused = fastPipe.transform({ ...body, offeringId: 'x' }, { type: 'body', metatype: ConformityCheckDto, data: undefined });
    expect(refused).toBeInstanceOf(Promise);
    await expect(refused).rejects.toMatchObject({ errors: [expect.objectContaining({ field: 'offeringId' })] });
  });

  it('gives no plan to a class whose decorators it does not model, so the full path keeps answering for it', () => {
    class Trimmed {
      @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)) @IsString() name: string;
    }
    class Dated {
      @Type(() => Date) @IsDate() at: Date;
    }
    class Defaulted {
      @IsOptional() @IsInt() limit: number = 20;
    }
    class WithAccessor {
      @IsString() name: string;
      get upper(): string {
        return this.name.toUpperCase();
      }
    }
    @ValidatorConstraint({ async: true })
    class Remote {
      validate(): Promise<boolean> {
        return Promise.resolve(true);
      }
    }
    class Checked {
      @Validate(Remote) code: string;
    }
    class Untyped {
      @ValidateNested() inner: object;
    }
    for (const type of [Trimmed, Dated, Defaulted, WithAccessor, Checked, Untyped]) {
      expect(compiledBodyValidator(type), type.name).toBeNull();
      expect(compiledBodyUnsupportedReason(type), type.name).toEqual(expect.any(String));
    }
  });

  it('leaves a body to the full path when one of its rules throws on it', () => {
    @ValidatorConstraint()
    class Fussy {
      validate(value: unknown): boolean {
        if (value === 'boom') throw new Error('boom');
        return true;
      }
    }
    class Picky {
      @Validate(Fussy) code: string;
    }
    const fast = compiledBodyValidator(Picky)!;
    expect(fast({ code: 'fine' })).toBeInstanceOf(Picky);
    expect(fast({ code: 'boom' })).toBeUndefined();
  });

  it('plans a class nested in itself without looping, and still refuses what breaks a rule deep down', async () => {
    class Node {
      @IsString() @MaxLength(3) name: string;
      @IsOptional() @ValidateNested({ each: true }) @Type(() => Node) children?: Node[];
    }
    const fast = compiledBodyValidator(Node)!;
    const good = { name: 'a', children: [{ name: 'b', children: [{ name: 'c' }] }] };
    const bad = { name: 'a', children: [{ name: 'b', children: [{ name: 'long' }] }] };
    const full = await slow(Node, good);
    expect(full.ok).toBe(true);
    expect(fast(good)).toStrictEqual(full.ok && full.value);
    expect(fast(bad)).toBeUndefined();
    expect((await slow(Node, bad)).ok).toBe(false);
  });
});

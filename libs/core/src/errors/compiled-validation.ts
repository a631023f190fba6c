import { createRequire } from 'node:module';
import { TransformationType } from 'class-transformer';
import type { MetadataStorage as TransformerStorage } from 'class-transformer/types/MetadataStorage.js';
import { getMetadataStorage, ValidationTypes } from 'class-validator';

// class-transformer keeps @Type metadata in a storage it does not export from its entry point; this
// is the same module instance its decorators register into (its entry point requires this file).
const transformerStorage = (createRequire(import.meta.url)('class-transformer/cjs/storage.js') as { defaultMetadataStorage: TransformerStorage })
  .defaultMetadataStorage;

type Storage = ReturnType<typeof getMetadataStorage>;
type ValidationMetadata = ReturnType<Storage['getTargetValidationMetadatas']>[number];
type ConstraintMetadata = ReturnType<Storage['getTargetValidatorConstraints']>[number];
type DtoClass = new () => object;

/** A class-validator rule as the executor runs it: its metadata and the constraint(s) behind it. */
interface Check {
  metadata: ValidationMetadata;
  constraints: ConstraintMetadata[];
}

interface PropertyPlan {
  name: string;
  /** `@IsOptional()`, `@ValidateIf()`: when one is false the property's rules are skipped. */
  conditions: ((object: object, value: unknown) => boolean)[];
  defined: Check[];
  custom: Check[];
  /** `@ValidateNested()` with the class `@Type()` names (the value is built as instances of it). */
  nested: DtoPlan | undefined;
  /**
   * `@Type(() => Number)` (or String, Boolean) without `@ValidateNested()`: a query parameter's text
   * converted as class-transformer converts a single value (`Number(v)`, `String(v)`, `Boolean(v)`).
   */
  convert: ((value: unknown) => unknown) | undefined;
  /** A nested DTO without `@IsOptional()`: absent or null is refused (the pipe's shape check). */
  requiredObject: boolean;
  /** Declared as a nested DTO: when present it must be an object, not a list (the pipe's shape check). */
  objectShape: boolean;
}

interface DtoPlan {
  type: DtoClass;
  properties: Map<string, PropertyPlan>;
  list: PropertyPlan[];
}

/** The body could not be decided here: the full class-transformer + class-validator path runs. */
const UNDECIDED = Symbol('undecided');

/** Declared property types that are not nested DTO classes (what the pipe's shape check and the plan read as plain). */
export const NOT_NESTED = new Set<unknown>([String, Number, Boolean, Object, Array, Date, Function, Symbol, BigInt]);
const UNSUPPORTED_TYPES = new Set<unknown>([...NOT_NESTED, Set, Map, Buffer, Promise]);
/** What class-transformer does to a single (non-list) value for `@Type()` of these built-ins. */
const PRIMITIVE_CONVERSIONS = new Map<unknown, (value: unknown) => unknown>([
  [Number, Number],
  [String, String],
  [Boolean, Boolean],
]);

class Unsupported extends Error {}

function constraintsOf(storage: Storage, metadata: ValidationMetadata): Check {
  const constraints = storage.getTargetValidatorConstraints(metadata.constraintCls);
  if (!constraints.length || constraints.some((c) => c.async)) throw new Unsupported(`${metadata.propertyName}: async or unregistered constraint`);
  return { metadata, constraints };
}

function designType(type: DtoClass, property: string): unknown {
  const getMetadata = (Reflect as unknown as { getMetadata?: (key: string, target: object, property: string) => unknown }).getMetadata;
  return getMetadata?.('design:type', type.prototype as object, property);
}

/** The class itself and its ancestors hold nothing but their constructors (no getters, setters or methods a key could hit). */
function plainClass(type: DtoClass): boolean {
  for (let proto = type.prototype as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    if (Object.getOwnPropertyNames(proto).some((name) => name !== 'constructor') || Object.getOwnPropertySymbols(proto).length) return false;
  }
  try {
    return Reflect.ownKeys(new type()).length === 0; // no field initializers: class-transformer starts from `new type()`
  } catch {
    return false;
  }
}

function planProperty(storage: Storage, type: DtoClass, name: string, metadatas: ValidationMetadata[], plans: Map<DtoClass, DtoPlan>): PropertyPlan {
  if (name in Object.prototype) throw new Unsupported(`${name}: shadows an Object.prototype member`);
  const plan: PropertyPlan = {
    name,
    conditions: [],
    defined: [],
    custom: [],
    nested: undefined,
    convert: undefined,
    requiredObject: false,
    objectShape: false,
  };
  let nested = false;
  for (const m of metadatas) {
    if (m.type === ValidationTypes.CONDITIONAL_VALIDATION) plan.conditions.push(m.constraints[0] as (object: object, value: unknown) => boolean);
    else if (m.type === ValidationTypes.IS_DEFINED) plan.defined.push(constraintsOf(storage, m));
    else if (m.type === ValidationTypes.CUSTOM_VALIDATION) plan.custom.push(constraintsOf(storage, m));
    else if (m.type === ValidationTypes.NESTED_VALIDATION) nested = true;
    else if (m.type !== ValidationTypes.WHITELIST) throw new Unsupported(`${name}: ${m.type} rules`);
  }
  if (transformerStorage.findTransformMetadatas(type, name, TransformationType.PLAIN_TO_CLASS).length) throw new Unsupported(`${name}: @Transform`);
  const typed = transformerStorage.findTypeMetadata(type, name);
  const converted =
    typed && !nested && !typed.options?.discriminator && typed.reflectedType !== Set && typed.reflectedType !== Map
      ? PRIMITIVE_CONVERSIONS.get(typed.typeFunction({ newObject: {}, object: {}, property: name }))
      : undefined;
  if (converted) plan.convert = converted;
  else if (typed || nested) {
    // Only the one supported pairing: @ValidateNested() with @Type(() => SomeDto), no discriminator.
    if (!typed || !nested || typed.options?.discriminator || typed.reflectedType === Set || typed.reflectedType === Map) {
      throw new Unsupported(`${name}: @Type without @ValidateNested or the reverse`);
    }
    const target = typed.typeFunction({ newObject: {}, object: {}, property: name }) as unknown;
    if (typeof target !== 'function' || UNSUPPORTED_TYPES.has(target)) throw new Unsupported(`${name}: @Type of a built-in`);
    plan.nested = planFor(storage, target as DtoClass, plans);
  }
  const declared = designType(type, name);
  if (typeof declared === 'function' && !NOT_NESTED.has(declared)) {
    // The pipe's shape check follows the declared class; it must be the one validated here.
    if (plan.nested?.type !== declared) throw new Unsupported(`${name}: declared as a class it is not validated as`);
    plan.objectShape = true;
  }
  plan.requiredObject =
    metadatas.some((m) => m.type === ValidationTypes.NESTED_VALIDATION && !m.each) && !metadatas.some((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION);
  return plan;
}

function planFor(storage: Storage, type: DtoClass, plans: Map<DtoClass, DtoPlan>): DtoPlan {
  const known = plans.get(type);
  if (known) return known;
  if (
    transformerStorage.getStrategy(type) !== 'none' ||
    transformerStorage.getExposedMetadatas(type).length ||
    transformerStorage.getExcludedMetadatas(type).length
  ) {
    throw new Unsupported(`${type.name}: @Expose/@Exclude`);
  }
  if (!plainClass(type)) throw new Unsupported(`${type.name}: methods, accessors or field initializers`);
  // The same look-up as class-validator's executor (no groups, not `always`, not strict).
  const metadatas = storage.getTargetValidationMetadatas(type, '', false, false, undefined);
  if (!metadatas.length) throw new Unsupported(`${type.name}: no rules (an unknown value to class-validator)`);
  const plan: DtoPlan = { type, properties: new Map(), list: [] };
  plans.set(type, plan); // before the properties, so a class nested in itself ends the recursion
  const byName = new Map<string, ValidationMetadata[]>();
  for (const m of metadatas) byName.set(m.propertyName, [...(byName.get(m.propertyName) ?? []), m]);
  for (const [name, list] of byName) {
    const property = planProperty(storage, type, name, list, plans);
    plan.properties.set(name, property);
    plan.list.push(property);
  }
  return plan;
}

/** A plain JSON value copied as class-transformer copies a value without @Type (new arrays and objects). */
function copyPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const copied = copyPlain(item);
      if (copied === UNDECIDED) return UNDECIDED;
      out.push(copied);
    }
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return UNDECIDED;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // The pipe strips these keys and class-transformer skips them: leave such bodies to that path.
    if (key === '__proto__' || key === 'constructor') return UNDECIDED;
    const copied = copyPlain((value as Record<string, unknown>)[key]);
    if (copied === UNDECIDED) return UNDECIDED;
    out[key] = copied;
  }
  return out;
}

/** `value` built as class-transformer builds it for `plan` (instances of the DTO classes); an unknown key leaves it undecided. */
function build(plan: DtoPlan, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const built = build(plan, item);
      if (built === UNDECIDED) return UNDECIDED;
      out.push(built);
    }
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return UNDECIDED;
  const out = new plan.type() as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    const property = plan.properties.get(key);
    if (!property) return UNDECIDED; // whitelist: the full path names the unknown field
    const v = (value as Record<string, unknown>)[key];
    const built = property.nested ? build(property.nested, v) : property.convert ? convertSingle(property.convert, v) : copyPlain(v);
    if (built === UNDECIDED) return UNDECIDED;
    out[key] = built;
  }
  return out;
}

/** A single value converted for `@Type()` of a built-in; a list or object (class-transformer converts each item) is left undecided. */
function convertSingle(convert: (value: unknown) => unknown, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  return typeof value === 'object' ? UNDECIDED : convert(value);
}

function passes(checks: Check[], object: object, value: unknown): boolean {
  for (const { metadata, constraints } of checks) {
    if (metadata.validateIf && !metadata.validateIf(object, value)) continue;
    const args = { targetName: object.constructor.name, property: metadata.propertyName, object, value, constraints: metadata.constraints };
    // A built body holds no Set or Map, so `each` only ever meets lists.
    const items = metadata.each && Array.isArray(value) ? (value as unknown[]) : [value];
    for (const constraint of constraints) {
      const validator = constraint.instance;
      for (const item of items) {
        const ok: unknown = validator.validate(item, args);
        // A falsy result is a broken rule; a promise (an async rule after all) is left to the full path.
        if (!ok || typeof (ok as { then?: unknown }).then === 'function') return false;
      }
    }
  }
  return true;
}

/** class-validator's nested validation: lists item by item, objects against their class's rules, anything else refused. */
function nestedPasses(plan: DtoPlan, value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.every((item) => nestedPasses(plan, item));
  if (!(value instanceof Object)) return false;
  return value.constructor === plan.type && valid(plan, value);
}

/** class-validator's executor over one object: conditions, then the defined, custom and nested rules of each property. */
function valid(plan: DtoPlan, object: object): boolean {
  for (const property of plan.list) {
    const value = (object as Record<string, unknown>)[property.name];
    let skip = false;
    for (const condition of property.conditions) if (!condition(object, value)) skip = true;
    if (skip) continue;
    if (!passes(property.defined, object, value) || !passes(property.custom, object, value)) return false;
    if (property.nested && !nestedPasses(property.nested, value)) return false;
  }
  return true;
}

/** The pipe's shape check (`nestedShapeIssues`): required nested DTOs present, declared ones objects, recursively. */
function shapeHolds(plan: DtoPlan, object: Record<string, unknown>): boolean {
  for (const property of plan.list) {
    const value = object[property.name];
    if (value === undefined || value === null) {
      if (property.requiredObject) return false;
      continue;
    }
    if (!property.objectShape) continue;
    if (typeof value !== 'object' || Array.isArray(value) || !shapeHolds(property.nested!, value as Record<string, unknown>)) return false;
  }
  return true;
}

/**
 * A request body (or query object) validated with what class-validator's metadata says, without
 * class-transformer's and class-validator's general machinery (reflection, error objects, promises):
 * the DTO's rules are read once into a plan, and each body is built as class-transformer builds it
 * (instances of the DTO classes, lists and plain objects copied, single values of `@Type(() => Number)`,
 * `String` or `Boolean` properties converted) and checked with the same constraint implementations,
 * called with the same arguments. It only ever *accepts*: a body it cannot accept (a broken rule, an
 * unknown field, a shape it does not handle) returns `undefined`, and the full path then runs and
 * words the errors. A class whose decorators it does not model (@Transform, @Expose/@Exclude, async
 * or promise rules, @Type of another built-in, accessors, field initializers) gets no plan (`null`).
 */
export type CompiledBodyValidator = (value: unknown) => object | undefined;

const compiled = new WeakMap<DtoClass, CompiledBodyValidator | null>();

export function compiledBodyValidator(type: abstract new (...args: never[]) => unknown): CompiledBodyValidator | null {
  const dto = type as unknown as DtoClass;
  let found = compiled.get(dto);
  if (found === undefined) {
    found = compile(dto);
    compiled.set(dto, found);
  }
  return found;
}

function compile(type: DtoClass): CompiledBodyValidator | null {
  let plan: DtoPlan;
  try {
    plan = planFor(getMetadataStorage(), type, new Map());
  } catch {
    // Unsupported, or metadata the plan cannot read (a @Type function that throws): the full path stays.
    return null;
  }
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    try {
      const built = build(plan, value);
      if (built === UNDECIDED) return undefined;
      return shapeHolds(plan, built as Record<string, unknown>) && valid(plan, built as object) ? (built as object) : undefined;
    } catch {
      // A rule that throws on this value: the full path runs it again and answers as it always has.
      return undefined;
    }
  };
}

/** Why a class gets no compiled plan (`null` when it gets one): for tests and diagnostics. */
export function compiledBodyUnsupportedReason(type: abstract new (...args: never[]) => unknown): string | null {
  try {
    planFor(getMetadataStorage(), type as unknown as DtoClass, new Map());
    return null;
  } catch (e) {
    if (e instanceof Unsupported) return e.message;
    throw e;
  }
}

import type { Locale } from '../locales.js';
import { formatMessage, type MessageValues } from './catalog.js';
import { en } from './problems/en.js';
import { id } from './problems/id.js';
import { ms } from './problems/ms.js';
import { th } from './problems/th.js';
import { vi } from './problems/vi.js';
import { zhCN } from './problems/zh-CN.js';

type ProblemKey = keyof typeof en;
export type HttpDetailKey = Extract<ProblemKey, `http.${string}`> extends `http.${infer K}` ? K : never;

const PROBLEMS: Record<Locale, Readonly<Record<ProblemKey, string>>> = { en, 'zh-CN': zhCN, vi, th, ms, id };

function text(locale: Locale, key: ProblemKey, values?: MessageValues): string {
  return formatMessage(locale, PROBLEMS[locale][key], values);
}

/** The problem `title` for an HTTP status in the reader's language. */
export function problemTitle(locale: Locale, status: number): string {
  const key = `title.${status}` as ProblemKey;
  if (key in en) return text(locale, key);
  return text(locale, status >= 500 ? 'title.500' : 'title.other');
}

/** A detail of the HTTP layer (no route, body parser failures, the opaque 500). */
export function httpDetail(locale: Locale, key: HttpDetailKey, values?: MessageValues): string {
  return text(locale, `http.${key}` as ProblemKey, values);
}

/** The translated detail of a domain error code, or null when the code has no entry yet (the caller keeps English). */
export function problemDetailForCode(locale: Locale, code: string, values: MessageValues = {}): string | null {
  const key = `code.${code}` as ProblemKey;
  return key in en ? text(locale, key, values) : null;
}

/** The domain error codes whose detail has a translation. */
export function translatedProblemCodes(): string[] {
  return Object.keys(en)
    .filter((k) => k.startsWith('code.'))
    .map((k) => k.slice('code.'.length));
}

type FieldKey = Extract<ProblemKey, `field.${string}`>;

/**
 * The English field messages we raise (class-validator's defaults with the property name in
 * front, and our own checks without it), each with the catalog message that says the same.
 * Numbers and lists are carried over as values.
 */
const FIELD_PATTERNS: readonly [RegExp, FieldKey][] = [
  [/^must be a string$/, 'field.must_be_string'],
  [/^must be shorter than or equal to (?<n>\d+) characters$/, 'field.max_length'],
  [/^must be longer than or equal to (?<n>\d+) characters$/, 'field.min_length'],
  [/^(?:should not be empty|must not be empty|is empty)$/, 'field.not_empty'],
  [/^(?:should not be null or undefined|is required)$/, 'field.not_null'],
  [/^must be an array$/, 'field.must_be_array'],
  [/^must contain no more than (?<n>\d+) elements$/, 'field.array_max'],
  [/^must contain at least (?<n>\d+) elements$/, 'field.array_min'],
  [/^must be a UUID$/, 'field.must_be_uuid'],
  [/^must be one of en, zh-CN, vi, th, ms, id, or null$/, 'field.locale'],
  [/^must be one of the following values: (?<values>.*)$/, 'field.one_of'],
  [/^must match .* regular expression$/, 'field.pattern'],
  [/^must be a boolean value$/, 'field.must_be_boolean'],
  [/^must be a valid ISO 8601 date string$/, 'field.must_be_iso_date'],
  [/^must not be greater than (?<n>-?[\d.]+)$/, 'field.max'],
  [/^must not be less than (?<n>-?[\d.]+)$/, 'field.min'],
  [/^must be an integer number$/, 'field.must_be_integer'],
  [/^must be a number conforming to the specified constraints$/, 'field.must_be_number'],
  [/^must be an email$/, 'field.must_be_email'],
  [/^must be an object$/, 'field.must_be_object'],
  [/^must be a URL address$/, 'field.must_be_url'],
  [/^must be an integer from (?<min>\d+) to (?<max>\d+)$/, 'field.integer_range'],
  [/^must set at least one field$/, 'field.set_one_field'],
  [/^must be a non-empty string$/, 'field.non_empty_string'],
  [/^must be a date \(YYYY-MM-DD\)$/, 'field.day'],
  [/^must be a date-time$/, 'field.date_time'],
  [/^must be an ISO 3166-1 alpha-2 code$/, 'field.market'],
  [/^refers to nothing that exists$/, 'field.nothing_exists'],
  [/^is already used$/, 'field.already_used'],
  [/^must be in the future$/, 'field.future'],
  [/^must not be before validFrom$/, 'field.not_before_valid_from'],
  [/^must name at least one market$/, 'field.one_market'],
  [/^is already a member$/, 'field.already_member'],
  [/^is already registered$/, 'field.already_registered'],
  [/^is not a valid cursor$/, 'field.invalid_cursor'],
  [/^must not contain NUL characters or unpaired UTF-16 surrogates$/, 'field.unsupported_characters'],
  [/^must be at least (?<n>\d+) characters$/, 'field.password_too_short'],
  [/^must be at most (?<n>\d+) characters$/, 'field.password_too_long'],
  [/^is too easy to guess\b/, 'field.password_guessable'],
];

function valuesOf(groups: Record<string, string> | undefined): MessageValues {
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(groups ?? {})) values[name] = /^-?\d+(?:\.\d+)?$/.test(value) ? Number(value) : value;
  return values;
}

function translateRest(locale: Locale, rest: string): string | null {
  for (const [pattern, key] of FIELD_PATTERNS) {
    const m = pattern.exec(rest);
    if (m) return text(locale, key, valuesOf(m.groups));
  }
  return null;
}

/**
 * One `errors[].message` in the reader's language. The field name a message may start with
 * (`email must be an email`) stays as it is; a message we have no translation for stays English.
 */
export function localizeFieldMessage(locale: Locale, field: string, message: string): string {
  if (locale === 'en') return message;
  const unknown = /^property (?<name>\S+) should not exist$/.exec(message);
  if (unknown) return `${unknown.groups!.name} ${text(locale, 'field.unknown_property')}`;
  const each = /^each value in (?<name>\S+) (?<rest>.+)$/.exec(message);
  if (each) {
    const inner = translateRest(locale, each.groups!.rest!);
    return inner ? text(locale, 'field.each', { name: each.groups!.name!, message: inner }) : message;
  }
  const leaf =
    field
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? field;
  const prefix = message.startsWith(`${leaf} `) ? `${leaf} ` : '';
  const translated = translateRest(locale, message.slice(prefix.length));
  return translated ? `${prefix}${translated}` : message;
}

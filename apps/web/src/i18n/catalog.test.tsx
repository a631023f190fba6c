import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LOCALES } from '@attesta/i18n';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from './catalogs';

/**
 * The catalogs' own rules, beyond what the type check already enforces (every language has
 * exactly the English keys): each message parses as ICU, uses the same arguments as the
 * English one, keys carry their namespace, and a translation is not the English text copied.
 */
type Catalog = Record<string, string>;
const files = import.meta.glob<Record<string, Catalog>>(['../features/*/messages/*.ts', './common/*.ts'], { eager: true });
/** The portal's source, as text: where message ids are used (the extraction side of the check). */
const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/messages/*.ts', '!./common/*.ts', '!../**/*.test.tsx'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

function namespaceOf(path: string): string {
  if (path.startsWith('./common/')) return 'common';
  const feature = /features\/([^/]+)\//.exec(path)![1]!;
  return feature.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()).replace(/^public$/, 'public');
}

function localeOf(path: string): string {
  return /\/([^/]+)\.ts$/.exec(path)![1]!;
}

function catalogOf(module: Record<string, Catalog>): Catalog {
  const values = Object.values(module);
  expect(values).toHaveLength(1);
  return values[0]!;
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
    if (el.type === TYPE.tag) {
      into.add(`<${el.value}>`);
      argumentsOf(el.children, into);
    }
  }
  return into;
}

/** The words of a message without its arguments (`{name} ({country})` → ` ()`). */
function literalText(message: string): string {
  const walk = (elements: MessageFormatElement[]): string =>
    elements
      .map((el) =>
        el.type === TYPE.literal
          ? el.value
          : el.type === TYPE.tag
            ? walk(el.children)
            : el.type === TYPE.plural || el.type === TYPE.select
              ? Object.values(el.options)
                  .map((o) => walk(o.value))
                  .join(' ')
              : ' ',
      )
      .join('');
  return walk(parse(message));
}

/** Words that read the same in every language: product and standard names, acronyms. */
const SAME_IN_EVERY_LANGUAGE =
  /^(?:[\s\d{}#.,:;()/–—·%+-]|Attesta|API|OSCAL|OCDS|UNTP|ISO|IEC|SLA|SLO|CSV|JSON|PDF|URL|SVG|QR|ID|DID|VC|JWT|JWS|SHA-256|Webhooks?|Tender|HTTP|HTTPS|MTTR|RTO|RPO|SaaS|AI|RCEP|ASEAN|NIST|AP|AR|POA&M|P1|ms|h|min|s|%)*$/;

describe('message catalogs', () => {
  const byNamespace = new Map<string, Map<string, Catalog>>();
  for (const [path, module] of Object.entries(files)) {
    const ns = namespaceOf(path);
    if (!byNamespace.has(ns)) byNamespace.set(ns, new Map());
    byNamespace.get(ns)!.set(localeOf(path), catalogOf(module));
  }

  /** Every English message, keyed by id. */
  const en: Catalog = Object.assign({}, ...[...byNamespace.values()].map((catalogs) => catalogs.get('en')!));

  it('has a file per language for every namespace, and the loader knows each namespace', () => {
    expect([...NAMESPACES].sort()).toEqual([...byNamespace.keys()].sort());
    for (const [ns, catalogs] of byNamespace) expect([...catalogs.keys()].sort(), ns).toEqual([...LOCALES].sort());
  });

  it('keys carry their namespace and no two namespaces share a key', () => {
    let total = 0;
    for (const [ns, catalogs] of byNamespace) {
      const keys = Object.keys(catalogs.get('en')!);
      total += keys.length;
      for (const key of keys) expect(key.startsWith(`${ns}.`), `${key} is in namespace ${ns}`).toBe(true);
    }
    expect(Object.keys(en)).toHaveLength(total);
  });

  it('every English message is named somewhere in the source (ids the source names are checked by the type of MessageId)', () => {
    const text = Object.values(sources).join('\n');
    const used = new Set([...text.matchAll(/['"`]((?:common|[a-z][A-Za-z]+)\.[A-Za-z0-9_.-]+)['"`]/g)].map((m) => m[1]!));
    const unused = Object.keys(en).filter((key) => !used.has(key));
    expect(unused, 'catalog keys no source names').toEqual([]);
  });

  it('every message is valid ICU with the same arguments as the English one, and no English phrase is copied', () => {
    const problems: string[] = [];
    for (const catalogs of byNamespace.values()) {
      const source = catalogs.get('en')!;
      for (const [locale, catalog] of catalogs) {
        for (const [key, english] of Object.entries(source)) {
          const message = catalog[key];
          if (typeof message !== 'string' || !message.trim()) {
            problems.push(`${locale} ${key}: missing`);
            continue;
          }
          let args: Set<string>;
          try {
            args = argumentsOf(parse(message));
          } catch (e) {
            problems.push(`${locale} ${key}: not ICU (${(e as Error).message})`);
            continue;
          }
          const expected = argumentsOf(parse(english));
          if ([...expected].sort().join() !== [...args].sort().join()) problems.push(`${locale} ${key}: arguments ${[...args]} ≠ ${[...expected]}`);
          if (
            locale !== 'en' &&
            message === english &&
            !SAME_IN_EVERY_LANGUAGE.test(literalText(english)) &&
            literalText(english).trim().split(/\s+/).length > 1
          )
            problems.push(`${locale} ${key}: English copied ("${english}")`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

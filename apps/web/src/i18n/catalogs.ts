import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { isLocale, type Locale } from '@attesta/i18n';
import { en as commonEnglish } from './common/en';
import { PSEUDO_LOCALE } from './pseudo-marks';
import { setLocaleState, type LocaleState } from './runtime';
import type { Namespace } from './types';

/** A namespace's messages: ICU strings, or in builds their parsed trees (precompile-messages.ts). */
export type Messages = Record<string, string | MessageFormatElement[]>;

/**
 * The message catalogs, one file per namespace and language, each loaded when first needed:
 * the frame's own words (`common`) in English are in the first bundle; a screen asks for its
 * namespaces (`lazyScreen`), which load in parallel with its code, in the current language.
 * Here: where the English feature catalogs and the frame's catalogs are; the other languages'
 * feature catalogs are listed in catalog-files.ts, loaded when a reader asks for another language.
 */
const FILES = import.meta.glob<Record<string, Messages>>(['../features/*/messages/en.ts', './common/*.ts', '!./common/en.ts']);

/** `service-levels` → `serviceLevels`. */
const namespaceOfFolder = (folder: string) => folder.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

const LOADERS = new Map<string, () => Promise<Messages>>();
function register(files: Record<string, () => Promise<Record<string, Messages>>>): void {
  for (const [path, load] of Object.entries(files)) {
    const match = /(?:features\/([^/]+)\/messages|\/(common))\/([^/]+)\.ts$/.exec(path);
    if (!match) continue;
    const namespace = match[1] ? namespaceOfFolder(match[1]) : match[2]!;
    // Each file exports one constant (`en`, `zhCN`, …).
    LOADERS.set(`${match[3]}/${namespace}`, () => load().then((module) => Object.values(module)[0]!));
  }
}
register(FILES);

let translations: Promise<void> | null = null;
/** The other languages' feature catalogs (catalog-files.ts), listed once asked for. */
function loadTranslations(): Promise<void> {
  translations ??= import('./catalog-files').then(
    (m) => register(m.TRANSLATIONS),
    (error: Error) => {
      translations = null;
      throw error;
    },
  );
  return translations;
}

/** The frame's own words (navigation, loading, errors), loaded before anything draws; English is in the first bundle. */
export const FRAME_NAMESPACES: readonly Namespace[] = ['common'];

/** Every namespace with catalogs. */
export const NAMESPACES: readonly Namespace[] = [...new Set([...LOADERS.keys()].map((key) => key.split('/')[1] as Namespace))];

/** Messages are per language; the pseudo-locale is a language of its own (accented English). */
type Language = Locale | typeof PSEUDO_LOCALE;
const languageOf = (state: LocaleState): Language => (state.pseudo ? PSEUDO_LOCALE : state.locale);

/** Every namespace and language fetched so far (a namespace is fetched once per language). */
const fetched = new Map<string, Promise<Messages>>();
const resolved = new Map<string, Messages>([['en/common', commonEnglish]]);

export interface CatalogSnapshot {
  state: LocaleState;
  /** The messages of every namespace in `namespaces`, in the language of `state`. */
  messages: Messages;
  namespaces: ReadonlySet<Namespace>;
}

let target: LocaleState | null = null;
/** Namespaces asked for since the start: a new language loads all of them before it shows. */
const wanted = new Set<Namespace>(FRAME_NAMESPACES);
let snapshot: CatalogSnapshot | null = null;
const listeners = new Set<() => void>();
const waiting = new Map<string, { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void; namespaces: readonly Namespace[] }>();

type ErrorReporter = (message: string) => void;
let reportError: ErrorReporter = () => undefined;

/** Where a catalog that could not be loaded is reported (the provider's i18n error log). */
export function onCatalogError(reporter: ErrorReporter): void {
  reportError = reporter;
}

function fetchNamespace(language: Language, namespace: Namespace): Promise<Messages> {
  const key = `${language}/${namespace}`;
  const known = resolved.get(key);
  if (known) return Promise.resolve(known);
  let promise = fetched.get(key);
  if (promise) return promise;
  if (language === PSEUDO_LOCALE) {
    promise = Promise.all([fetchNamespace('en', namespace), import('./pseudo')]).then(([english, { pseudoMessages }]) => pseudoMessages(english));
  } else {
    const load = async () => {
      if (!LOADERS.has(key) && language !== 'en') await loadTranslations();
      const loader = LOADERS.get(key);
      if (!loader) throw new Error(`no catalog ${key}`);
      return loader();
    };
    promise = load().catch((error: Error) => {
      // A catalog that cannot be loaded (e.g. offline after a deploy) leaves its words in English, not blank.
      reportError(`catalog ${key}: ${error.message}`);
      if (language === 'en') throw error;
      return fetchNamespace('en', namespace);
    });
  }
  promise.then(
    (messages) => resolved.set(key, messages),
    () => fetched.delete(key),
  );
  fetched.set(key, promise);
  return promise;
}

/**
 * Shows what has arrived: more namespaces of the language on screen at once, a new language
 * only when every namespace asked for so far is in (the old one stays until then).
 */
function commit(): void {
  if (!target) return;
  const language = languageOf(target);
  const ready = [...wanted].filter((ns) => resolved.has(`${language}/${ns}`));
  const sameLanguage = snapshot !== null && languageOf(snapshot.state) === language;
  if (!sameLanguage && ready.length < wanted.size) return;
  if (snapshot && snapshot.state === target && ready.length === snapshot.namespaces.size) return;
  const messages: Messages = {};
  for (const ns of ready) Object.assign(messages, resolved.get(`${language}/${ns}`));
  snapshot = { state: target, messages, namespaces: new Set(ready) };
  setLocaleState(target);
  // A language switch shows every namespace asked for, so a screen waiting in the old language is served too.
  for (const [key, waiter] of waiting) {
    if (waiter.namespaces.every((ns) => snapshot!.namespaces.has(ns))) {
      waiter.resolve();
      waiting.delete(key);
    }
  }
  for (const listener of listeners) listener();
}

/** Fetches what is wanted in the target language; `now` shows what is already in without waiting. */
function fetchWanted(now: boolean): void {
  if (!target) return;
  const language = languageOf(target);
  // Another language: its list of feature catalogs loads beside the frame's words, not after them.
  if (language !== 'en' && language !== PSEUDO_LOCALE) void loadTranslations().catch(() => undefined);
  for (const ns of wanted) {
    void fetchNamespace(language, ns).then(commit, (error: Error) => {
      // Not even English: what asked for the namespace fails (its screen shows the error).
      wanted.delete(ns);
      for (const [key, waiter] of waiting) {
        if (waiter.namespaces.includes(ns)) {
          waiter.reject(error);
          waiting.delete(key);
        }
      }
      commit();
    });
  }
  if (now) commit();
}

/** Starts (or, for another language, restarts) the catalogs: the language to show and the namespaces to load first. */
export function startCatalogs(initial: LocaleState, namespaces: readonly Namespace[]): void {
  if (snapshot && languageOf(snapshot.state) !== languageOf(initial)) snapshot = null;
  target = initial;
  for (const ns of namespaces) wanted.add(ns);
  fetchWanted(true);
}

/** Switches the language: every namespace loaded so far is loaded again in the new one, then the switch shows at once. */
export function switchCatalogs(next: LocaleState): void {
  target = next;
  fetchWanted(true);
}

/** Resolves once the namespaces are on screen in the current language (same promise for the same question). */
export function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  if (!target) throw new Error('loadNamespaces before the catalogs started (I18nProvider)');
  const language = languageOf(target);
  const key = `${language}|${[...namespaces].sort().join()}`;
  const pending = waiting.get(key);
  if (pending) return pending.promise;
  if (snapshot && languageOf(snapshot.state) === language && namespaces.every((ns) => snapshot!.namespaces.has(ns))) return Promise.resolve();
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  waiting.set(key, { promise, resolve, reject, namespaces });
  for (const ns of namespaces) wanted.add(ns);
  // Called while React renders (a lazy screen starting): the store changes only after this render.
  fetchWanted(false);
  return promise;
}

export function subscribeCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function catalogSnapshot(): CatalogSnapshot | null {
  return snapshot;
}

/** Every namespace of a language fetched ahead (component tests render any screen at once). */
export async function preloadCatalogs(language: Locale, namespaces: readonly Namespace[] = NAMESPACES): Promise<void> {
  if (!isLocale(language)) throw new Error(`no language ${String(language)}`);
  await Promise.all(namespaces.map((ns) => fetchNamespace(language, ns)));
}

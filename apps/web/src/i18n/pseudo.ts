import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from './pseudo-marks';

const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  c: 'ç',
  n: 'ñ',
  s: 'ś',
  g: 'ĝ',
  y: 'ý',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  C: 'Ç',
  N: 'Ñ',
  S: 'Ś',
};

export function pseudoText(text: string): string {
  return text.replace(/[a-zA-Z]/g, (ch) => ACCENTS[ch] ?? ch);
}

function accent(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((el) => {
    if (el.type === TYPE.literal) return { ...el, value: pseudoText(el.value) };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      return { ...el, options: Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, { ...o, value: accent(o.value) }])) };
    }
    if (el.type === TYPE.tag) return { ...el, children: accent(el.children) };
    return el;
  });
}

/**
 * The pseudo-locale (`?lang=en-XA`): every catalog message accented and bracketed, so a
 * browser test can tell catalog text (［Śíĝñ íñ］) from a literal that skipped the catalog.
 * Messages come as strings (development, component tests) or, in builds, already parsed
 * (precompile-messages.ts); each stays in the form it came in. Loaded only when asked for.
 */
export function pseudoMessages<M extends Record<string, string | MessageFormatElement[]>>(messages: M): M {
  return Object.fromEntries(
    Object.entries(messages).map(([id, message]) => [
      id,
      typeof message === 'string'
        ? `${PSEUDO_OPEN}${printAST(accent(parse(message)))}${PSEUDO_CLOSE}`
        : [{ type: TYPE.literal, value: PSEUDO_OPEN }, ...accent(message), { type: TYPE.literal, value: PSEUDO_CLOSE }],
    ]),
  ) as M;
}

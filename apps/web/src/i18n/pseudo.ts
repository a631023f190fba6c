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
 * Loaded only when asked for: the parser stays out of everyone else's bundle.
 */
export function pseudoMessages(messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([id, message]) => [id, `${PSEUDO_OPEN}${printAST(accent(parse(message)))}${PSEUDO_CLOSE}`]));
}

/** A text with its language, as the API reads a credential's language value objects (null: a plain string). */
export interface LanguageText {
  value: string;
  language: string | null;
}

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The text for a reader of `locale`: the value in that language (exactly, else the same language
 * in another region), else English, else the first given; null when there is none.
 */
export function pickLanguageText(values: readonly LanguageText[] | null | undefined, locale: string): string | null {
  if (!values?.length) return null;
  const exact = values.find((v) => v.language?.toLowerCase() === locale.toLowerCase());
  const sameLanguage = values.find((v) => v.language !== null && base(v.language) === base(locale));
  const english = values.find((v) => v.language !== null && base(v.language) === 'en');
  return (exact ?? sameLanguage ?? english ?? values[0]!).value;
}

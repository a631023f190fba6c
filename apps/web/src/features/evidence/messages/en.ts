/** The evidence messages in English: the source every other language translates (ICU MessageFormat; keys start with `evidence.`). */
export const en = {};

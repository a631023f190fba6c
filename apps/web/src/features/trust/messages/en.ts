/** The trust messages in English: the source every other language translates (ICU MessageFormat; keys start with `trust.`). */
export const en = {};

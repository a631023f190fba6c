/** The procurement messages in English: the source every other language translates (ICU MessageFormat; keys start with `procurement.`). */
export const en = {};

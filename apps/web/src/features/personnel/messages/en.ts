/** The personnel messages in English: the source every other language translates (ICU MessageFormat; keys start with `personnel.`). */
export const en = {};

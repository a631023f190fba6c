/** The common messages in English: the source every other language translates (ICU MessageFormat; keys start with `common.`). */
export const en = {};

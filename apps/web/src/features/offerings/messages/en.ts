/** The offerings messages in English: the source every other language translates (ICU MessageFormat; keys start with `offerings.`). */
export const en = {};

/** The audit messages in English: the source every other language translates (ICU MessageFormat; keys start with `audit.`). */
export const en = {};

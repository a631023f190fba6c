/** The attestations messages in English: the source every other language translates (ICU MessageFormat; keys start with `attestations.`). */
export const en = {};

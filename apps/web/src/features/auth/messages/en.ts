/** The auth messages in English: the source every other language translates (ICU MessageFormat; keys start with `auth.`). */
export const en = {};

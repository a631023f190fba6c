/** The admin messages in English: the source every other language translates (ICU MessageFormat; keys start with `admin.`). */
export const en = {};

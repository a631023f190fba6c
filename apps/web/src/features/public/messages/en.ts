/** The public messages in English: the source every other language translates (ICU MessageFormat; keys start with `public.`). */
export const en = {};

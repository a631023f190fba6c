/** The reviews messages in English: the source every other language translates (ICU MessageFormat; keys start with `reviews.`). */
export const en = {};

/** The serviceLevels messages in English: the source every other language translates (ICU MessageFormat; keys start with `serviceLevels.`). */
export const en = {};

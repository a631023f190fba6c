/** The accreditation messages in English: the source every other language translates (ICU MessageFormat; keys start with `accreditation.`). */
export const en = {};

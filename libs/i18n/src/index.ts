export * from './locales.js';
export * from './dates.js';
export { formatMessage, type MessageValues, type Translation } from './server/catalog.js';
export { httpDetail, type HttpDetailKey, localizeFieldMessage, problemDetailForCode, problemTitle, translatedProblemCodes } from './server/problem-messages.js';
export { mailText, type MailMessageKey } from './server/mail-messages.js';

import type { en } from './catalog/en';

/** A language's messages for a namespace: exactly the English keys, each an ICU message (a missing or extra key fails the type check). */
export type Translation<T> = { readonly [K in keyof T]: string };

/** Every message id of the portal. */
export type MessageId = keyof typeof en;

declare global {
  // react-intl's formatMessage, FormattedMessage and defineMessages accept only known ids.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}

import type { en as common } from './common/en';
import type { en as accreditation } from '../features/accreditation/messages/en';
import type { en as admin } from '../features/admin/messages/en';
import type { en as attestations } from '../features/attestations/messages/en';
import type { en as audit } from '../features/audit/messages/en';
import type { en as auth } from '../features/auth/messages/en';
import type { en as evidence } from '../features/evidence/messages/en';
import type { en as home } from '../features/home/messages/en';
import type { en as offerings } from '../features/offerings/messages/en';
import type { en as participants } from '../features/participants/messages/en';
import type { en as personnel } from '../features/personnel/messages/en';
import type { en as procurement } from '../features/procurement/messages/en';
import type { en as publicPages } from '../features/public/messages/en';
import type { en as recognition } from '../features/recognition/messages/en';
import type { en as requirements } from '../features/requirements/messages/en';
import type { en as reviews } from '../features/reviews/messages/en';
import type { en as serviceLevels } from '../features/service-levels/messages/en';
import type { en as trust } from '../features/trust/messages/en';
import type { en as workspaces } from '../features/workspaces/messages/en';

/**
 * The portal's message namespaces and their English messages: `common` (the frame) in
 * i18n/common, every other one in `features/<feature>/messages` (`service-levels` → `serviceLevels`).
 * The only list of namespaces; the loader finds their files by that layout (catalogs.ts).
 */
export interface EnglishCatalogs {
  common: typeof common;
  accreditation: typeof accreditation;
  admin: typeof admin;
  attestations: typeof attestations;
  audit: typeof audit;
  auth: typeof auth;
  evidence: typeof evidence;
  home: typeof home;
  offerings: typeof offerings;
  participants: typeof participants;
  personnel: typeof personnel;
  procurement: typeof procurement;
  public: typeof publicPages;
  recognition: typeof recognition;
  requirements: typeof requirements;
  reviews: typeof reviews;
  serviceLevels: typeof serviceLevels;
  trust: typeof trust;
  workspaces: typeof workspaces;
}

/** A group of messages loaded together (a feature's screens ask for theirs before they draw). */
export type Namespace = keyof EnglishCatalogs;

/** A language's messages for a namespace: exactly the English keys, each an ICU message (a missing or extra key fails the type check). */
export type Translation<T> = { readonly [K in keyof T]: string };

/** Every message id of the portal. */
export type MessageId = { [N in Namespace]: keyof EnglishCatalogs[N] & string }[Namespace];

declare global {
  // react-intl's formatMessage, FormattedMessage and defineMessages accept only known ids.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}

import { th as common } from '../common/th';
import { th as auth } from '../../features/auth/messages/th';
import { th as home } from '../../features/home/messages/th';
import { th as offerings } from '../../features/offerings/messages/th';
import { th as workspaces } from '../../features/workspaces/messages/th';
import { th as evidence } from '../../features/evidence/messages/th';
import { th as reviews } from '../../features/reviews/messages/th';
import { th as attestations } from '../../features/attestations/messages/th';
import { th as accreditation } from '../../features/accreditation/messages/th';
import { th as admin } from '../../features/admin/messages/th';
import { th as audit } from '../../features/audit/messages/th';
import { th as procurement } from '../../features/procurement/messages/th';
import { th as publicPages } from '../../features/public/messages/th';
import { th as personnel } from '../../features/personnel/messages/th';
import { th as serviceLevels } from '../../features/service-levels/messages/th';
import { th as trust } from '../../features/trust/messages/th';

import type { Translation } from '../types';
import type { en } from './en';

export const th: Translation<typeof en> = {
  ...common,
  ...auth,
  ...home,
  ...offerings,
  ...workspaces,
  ...evidence,
  ...reviews,
  ...attestations,
  ...accreditation,
  ...admin,
  ...audit,
  ...procurement,
  ...publicPages,
  ...personnel,
  ...serviceLevels,
  ...trust,
};

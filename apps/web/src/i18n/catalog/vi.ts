import { vi as common } from '../common/vi';
import { vi as auth } from '../../features/auth/messages/vi';
import { vi as home } from '../../features/home/messages/vi';
import { vi as offerings } from '../../features/offerings/messages/vi';
import { vi as workspaces } from '../../features/workspaces/messages/vi';
import { vi as evidence } from '../../features/evidence/messages/vi';
import { vi as reviews } from '../../features/reviews/messages/vi';
import { vi as attestations } from '../../features/attestations/messages/vi';
import { vi as accreditation } from '../../features/accreditation/messages/vi';
import { vi as admin } from '../../features/admin/messages/vi';
import { vi as audit } from '../../features/audit/messages/vi';
import { vi as procurement } from '../../features/procurement/messages/vi';
import { vi as publicPages } from '../../features/public/messages/vi';
import { vi as personnel } from '../../features/personnel/messages/vi';
import { vi as serviceLevels } from '../../features/service-levels/messages/vi';
import { vi as trust } from '../../features/trust/messages/vi';

import type { Translation } from '../types';
import type { en } from './en';

export const vi: Translation<typeof en> = {
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

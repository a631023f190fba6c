import { ms as common } from '../common/ms';
import { ms as auth } from '../../features/auth/messages/ms';
import { ms as home } from '../../features/home/messages/ms';
import { ms as offerings } from '../../features/offerings/messages/ms';
import { ms as workspaces } from '../../features/workspaces/messages/ms';
import { ms as evidence } from '../../features/evidence/messages/ms';
import { ms as reviews } from '../../features/reviews/messages/ms';
import { ms as attestations } from '../../features/attestations/messages/ms';
import { ms as accreditation } from '../../features/accreditation/messages/ms';
import { ms as admin } from '../../features/admin/messages/ms';
import { ms as audit } from '../../features/audit/messages/ms';
import { ms as procurement } from '../../features/procurement/messages/ms';
import { ms as publicPages } from '../../features/public/messages/ms';
import { ms as personnel } from '../../features/personnel/messages/ms';
import { ms as serviceLevels } from '../../features/service-levels/messages/ms';
import { ms as trust } from '../../features/trust/messages/ms';

import type { Translation } from '../types';
import type { en } from './en';

export const ms: Translation<typeof en> = {
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

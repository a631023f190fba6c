import { id as common } from '../common/id';
import { id as auth } from '../../features/auth/messages/id';
import { id as home } from '../../features/home/messages/id';
import { id as offerings } from '../../features/offerings/messages/id';
import { id as workspaces } from '../../features/workspaces/messages/id';
import { id as evidence } from '../../features/evidence/messages/id';
import { id as reviews } from '../../features/reviews/messages/id';
import { id as attestations } from '../../features/attestations/messages/id';
import { id as accreditation } from '../../features/accreditation/messages/id';
import { id as admin } from '../../features/admin/messages/id';
import { id as audit } from '../../features/audit/messages/id';
import { id as procurement } from '../../features/procurement/messages/id';
import { id as publicPages } from '../../features/public/messages/id';
import { id as personnel } from '../../features/personnel/messages/id';
import { id as serviceLevels } from '../../features/service-levels/messages/id';
import { id as trust } from '../../features/trust/messages/id';

import type { Translation } from '../types';
import type { en } from './en';

export const id: Translation<typeof en> = {
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

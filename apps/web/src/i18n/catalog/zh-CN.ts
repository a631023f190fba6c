import { zhCN as common } from '../common/zh-CN';
import { zhCN as auth } from '../../features/auth/messages/zh-CN';
import { zhCN as home } from '../../features/home/messages/zh-CN';
import { zhCN as offerings } from '../../features/offerings/messages/zh-CN';
import { zhCN as workspaces } from '../../features/workspaces/messages/zh-CN';
import { zhCN as evidence } from '../../features/evidence/messages/zh-CN';
import { zhCN as reviews } from '../../features/reviews/messages/zh-CN';
import { zhCN as attestations } from '../../features/attestations/messages/zh-CN';
import { zhCN as accreditation } from '../../features/accreditation/messages/zh-CN';
import { zhCN as admin } from '../../features/admin/messages/zh-CN';
import { zhCN as audit } from '../../features/audit/messages/zh-CN';
import { zhCN as procurement } from '../../features/procurement/messages/zh-CN';
import { zhCN as publicPages } from '../../features/public/messages/zh-CN';
import { zhCN as personnel } from '../../features/personnel/messages/zh-CN';
import { zhCN as serviceLevels } from '../../features/service-levels/messages/zh-CN';
import { zhCN as trust } from '../../features/trust/messages/zh-CN';

import type { Translation } from '../types';
import type { en } from './en';

export const zhCN: Translation<typeof en> = {
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

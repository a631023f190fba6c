import { en as common } from '../common/en';
import { en as auth } from '../../features/auth/messages/en';
import { en as home } from '../../features/home/messages/en';
import { en as offerings } from '../../features/offerings/messages/en';
import { en as workspaces } from '../../features/workspaces/messages/en';
import { en as evidence } from '../../features/evidence/messages/en';
import { en as reviews } from '../../features/reviews/messages/en';
import { en as attestations } from '../../features/attestations/messages/en';
import { en as accreditation } from '../../features/accreditation/messages/en';
import { en as admin } from '../../features/admin/messages/en';
import { en as audit } from '../../features/audit/messages/en';
import { en as procurement } from '../../features/procurement/messages/en';
import { en as publicPages } from '../../features/public/messages/en';
import { en as personnel } from '../../features/personnel/messages/en';
import { en as serviceLevels } from '../../features/service-levels/messages/en';
import { en as trust } from '../../features/trust/messages/en';

/** Every portal message in English, keyed by id: the type of the ids (MessageId) comes from here. */
export const en = {
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

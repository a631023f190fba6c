import { CertificationEntity } from './entities/certification.entity.js';
import { PersonAssignmentEntity } from './entities/person-assignment.entity.js';
import { PersonKeyEntity } from './entities/person-key.entity.js';
import { PersonEntity } from './entities/person.entity.js';
import { RosterSnapshotEntity } from './entities/roster-snapshot.entity.js';

/** The personnel lib's entities, for the one DataSource libs/schema builds (their only way out of the lib). */
export const personnelEntities = [PersonEntity, PersonKeyEntity, CertificationEntity, PersonAssignmentEntity, RosterSnapshotEntity];

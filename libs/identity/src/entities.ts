import { ApiKeyEntity } from './entities/api-key.entity.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { OrganizationEntity } from './entities/organization.entity.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';
import { UserEntity } from './entities/user.entity.js';

/**
 * The identity lib's TypeORM entities, for the one DataSource libs/schema builds. This list is the
 * only way the entity classes leave the lib: other libs and apps read identity data through its
 * services and read-model types, never through its repositories.
 */
export const identityEntities = [ApiKeyEntity, InvitationEntity, MembershipEntity, OrganizationEntity, RefreshTokenEntity, UserEntity];

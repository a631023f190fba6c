import { ForeignCredentialEntity } from './entities/foreign-credential.entity.js';

export const foreignCredentialsEntities = [ForeignCredentialEntity];

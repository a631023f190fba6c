import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '@attesta/core';
import { ApiKeysService } from './api-keys.service.js';
import { AuthCache } from './auth-cache.js';
import { AuthService } from './auth.service.js';
import { InvitationsService } from './invitations.service.js';
import { LoginThrottle } from './login-throttle.service.js';
import { MembersService } from './members.service.js';
import { OrganizationsService } from './organizations.service.js';
import { SessionRevocations } from './session-revocations.js';
import { jwtKey } from './secrets.js';
import { UserPreferencesService } from './user-preferences.service.js';

const services = [
  AuthService,
  OrganizationsService,
  MembersService,
  InvitationsService,
  ApiKeysService,
  LoginThrottle,
  SessionRevocations,
  AuthCache,
  UserPreferencesService,
];

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: jwtKey(config.JWT_SECRET) }),
    }),
  ],
  providers: services,
  exports: services,
})
export class IdentityModule {}

import { Injectable } from '@nestjs/common';
import { Db, scopeOf, type UserActor } from '@attesta/core';
import type { Locale } from '@attesta/i18n';
import type { Repository } from 'typeorm';
import { UserEntity } from './entities/user.entity.js';
import { IdentityError, IdentityErrorCode } from './identity.errors.js';

export interface UserPreferences {
  /** The language chosen for the portal and mail; null until chosen (the portal then follows the browser). */
  locale: Locale | null;
}

/** What a signed-in person sets for themselves only: row-level security lets a user update no other user's row. */
@Injectable()
export class UserPreferencesService {
  constructor(private readonly db: Db) {}

  async get(actor: UserActor): Promise<UserPreferences> {
    return this.db.tx(scopeOf(actor), async (em) => ({ locale: (await this.ownRow(em.getRepository(UserEntity), actor)).locale }));
  }

  async update(actor: UserActor, input: Partial<UserPreferences>): Promise<UserPreferences> {
    return this.db.tx(scopeOf(actor), async (em) => {
      const users = em.getRepository(UserEntity);
      if (input.locale !== undefined) await users.update({ id: actor.userId }, { locale: input.locale });
      return { locale: (await this.ownRow(users, actor)).locale };
    });
  }

  private async ownRow(users: Repository<UserEntity>, actor: UserActor): Promise<UserEntity> {
    const user = await users.findOne({ where: { id: actor.userId } });
    if (!user) throw new IdentityError(IdentityErrorCode.MemberNotFound, 'Member not found.');
    return user;
  }
}

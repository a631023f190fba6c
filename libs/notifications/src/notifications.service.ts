import { Injectable, Logger } from '@nestjs/common';
import { Db, systemScope } from '@attesta/core';
import { DEFAULT_LOCALE, formatCalendarDate, isLocale, type Locale, mailText } from '@attesta/i18n';
import { invitationStillOpen, mailRecipientLocale } from '@attesta/identity';
import type { DomainEventPayload } from '@attesta/jobs';
import { personStillOnRoster } from '@attesta/personnel';

export interface OutgoingMail {
  to: string;
  /** The language the mail is written in. */
  locale: Locale;
  subject: string;
  text: string;
}

/**
 * Turns domain events into messages for people. Mail transport is the log for now:
 * each message is one structured log line (`mail.outgoing`), which an operator's log
 * pipeline or a later SMTP transport picks up.
 *
 * Each mail is written in its recipient's language: the one a registered address chose
 * (`users.locale`), else the one the event carries (an invitation's: the inviter's choice or
 * the inviting request's language; a sign-up's: the sign-up request's), else English.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(private readonly db: Db) {}

  /** Returns the messages sent, so callers and tests can see what went out. */
  async deliver(event: DomainEventPayload): Promise<OutgoingMail[]> {
    const to = recipientOf(event);
    if (!to) return [];
    if (isCertificationNotice(event.type) && !(await this.personStillOnRoster(event))) {
      // Erased since the notice was queued: the address the queued event still carries is not used.
      this.logger.log({ event: 'mail.skipped', eventId: event.eventId, type: event.type, reason: 'person erased' }, 'mail not sent');
      return [];
    }
    if (event.type === 'invitation.created' && !(await this.invitationStillOpen(event))) {
      // Revoked (or replaced, accepted, expired) before its mail left: the address is told nothing.
      this.logger.log({ event: 'mail.skipped', eventId: event.eventId, type: event.type, reason: 'invitation no longer open' }, 'mail not sent');
      return [];
    }
    const locale = (await this.chosenLocale(to)) ?? (isLocale(event.payload.locale) ? event.payload.locale : DEFAULT_LOCALE);
    const mails = render(event, to, locale);
    for (const mail of mails)
      this.logger.log(
        { event: 'mail.outgoing', eventId: event.eventId, type: event.type, to: mail.to, locale: mail.locale, subject: mail.subject },
        'mail queued',
      );
    return mails;
  }

  private invitationStillOpen(event: DomainEventPayload): Promise<boolean> {
    const { invitationId, acceptUrl } = event.payload;
    if (typeof invitationId !== 'string' || typeof acceptUrl !== 'string') return Promise.resolve(false);
    return this.db.tx(systemScope('mail: whether the invitation can still be accepted'), (em) => invitationStillOpen(em, invitationId, acceptUrl));
  }

  private personStillOnRoster(event: DomainEventPayload): Promise<boolean> {
    const { personId } = event.payload;
    if (typeof personId !== 'string' || !event.organizationId) return Promise.resolve(false);
    return this.db.tx(systemScope('mail: whether the technician is still on the roster', { organizationId: event.organizationId }), (em) =>
      personStillOnRoster(em, personId),
    );
  }

  private chosenLocale(email: string): Promise<Locale | null> {
    return this.db.tx(systemScope('mail: the language the recipient chose'), (em) => mailRecipientLocale(em, email));
  }
}

const isCertificationNotice = (type: string) => type === 'personnel.certification_expiring' || type === 'personnel.certification_expired';

/** Who an event mails, if anyone. */
function recipientOf(event: DomainEventPayload): string | null {
  const p = event.payload;
  switch (event.type) {
    case 'invitation.created':
    case 'signup.confirmation_requested':
    case 'signup.account_exists':
      return typeof p.email === 'string' ? p.email : null;
    case 'personnel.certification_expiring':
    case 'personnel.certification_expired':
      // Mailed to the technician when the roster holds an address (the payload carries it for this only).
      return typeof p.mailTo === 'string' ? p.mailTo : null;
    default:
      return null;
  }
}

function render(event: DomainEventPayload, to: string, locale: Locale): OutgoingMail[] {
  const p = event.payload;
  const day = (value: unknown) => formatCalendarDate(typeof value === 'string' ? value : null, locale, { style: 'long' });
  const mail = (subject: string, text: string): OutgoingMail[] => [{ to, locale, subject, text }];
  switch (event.type) {
    case 'invitation.created': {
      const values = { organization: String(p.organizationName), url: String(p.acceptUrl), role: String(p.role), date: day(p.expiresAt) };
      return mail(mailText(locale, 'invitation.subject', values), mailText(locale, 'invitation.text', values));
    }
    case 'signup.confirmation_requested': {
      const values = { organization: String(p.organizationName), url: String(p.confirmUrl), date: day(p.expiresAt) };
      return mail(mailText(locale, 'signup.subject', values), mailText(locale, 'signup.text', values));
    }
    case 'signup.account_exists':
      return mail(mailText(locale, 'accountExists.subject'), mailText(locale, 'accountExists.text', { url: String(p.signInUrl) }));
    case 'personnel.certification_expiring':
    case 'personnel.certification_expired': {
      const values = { scheme: String(p.scheme), level: String(p.level), days: Number(p.daysLeft), date: day(p.validUntil) };
      return event.type === 'personnel.certification_expired'
        ? mail(mailText(locale, 'certification.expired.subject', values), mailText(locale, 'certification.expired.text', values))
        : mail(mailText(locale, 'certification.expiring.subject', values), mailText(locale, 'certification.expiring.text', values));
    }
    default:
      return [];
  }
}

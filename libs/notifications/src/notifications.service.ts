import { Injectable, Logger } from '@nestjs/common';
import type { DomainEventPayload } from '@attesta/jobs';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Turns domain events into messages for people. Mail transport is the log for now:
 * each message is one structured log line (`mail.outgoing`), which an operator's log
 * pipeline or a later SMTP transport picks up.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  /** Returns the messages sent, so callers and tests can see what went out. */
  async deliver(event: DomainEventPayload): Promise<OutgoingMail[]> {
    const mails = this.render(event);
    for (const mail of mails)
      this.logger.log({ event: 'mail.outgoing', eventId: event.eventId, type: event.type, to: mail.to, subject: mail.subject }, 'mail queued');
    return mails;
  }

  private render(event: DomainEventPayload): OutgoingMail[] {
    const p = event.payload;
    switch (event.type) {
      case 'invitation.created':
        return [
          {
            to: String(p.email),
            subject: `You are invited to ${String(p.organizationName)} on Attesta`,
            text: `Open ${String(p.acceptUrl)} to join as ${String(p.role)}. The link works once and expires at ${String(p.expiresAt)}.`,
          },
        ];
      case 'signup.confirmation_requested':
        return [
          {
            to: String(p.email),
            subject: 'Confirm your Attesta sign-up',
            text: `Open ${String(p.confirmUrl)} to create ${String(p.organizationName)} on Attesta and sign in. The link works once and expires at ${String(p.expiresAt)}. If you did not sign up, ignore this message.`,
          },
        ];
      case 'signup.account_exists':
        return [
          {
            to: String(p.email),
            subject: 'You already have an Attesta account',
            text: `Someone (perhaps you) tried to sign up with this address, which already has an Attesta account. Sign in at ${String(p.signInUrl)}; to add an organization, ask its owner to invite you. If it was not you, nothing has changed.`,
          },
        ];
      case 'personnel.certification_expiring':
      case 'personnel.certification_expired':
        // Mailed to the technician when the roster holds an address (the payload carries it for this only).
        return typeof p.mailTo === 'string'
          ? [
              {
                to: p.mailTo,
                subject:
                  event.type === 'personnel.certification_expired'
                    ? `Your ${String(p.scheme)} certification has expired`
                    : `Your ${String(p.scheme)} certification expires in ${String(p.daysLeft)} days`,
                text: `${String(p.scheme)} (${String(p.level)}) is valid until ${String(p.validUntil)}. Renew it to keep serving remote-service assignments that require it.`,
              },
            ]
          : [];
      default:
        return [];
    }
  }
}

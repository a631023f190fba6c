import { randomUUID } from 'node:crypto';
import { OrganizationKind } from '@attesta/core';
import { formatCalendarDate } from '@attesta/i18n';
import { NotificationsService, type OutgoingMail } from '@attesta/notifications';
import { WebhookDeliveryService } from '@attesta/webhooks';
import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EventsProcessor } from '../../apps/worker/src/events/events.processor.js';
import { signupBody } from '../../libs/identity/src/testing/identity.factory.js';
import { factories, type TestOrg } from '../setup/factories.js';
import { client, type Client, type Credentials } from '../setup/http.js';
import { mailsTo } from '../setup/mailbox.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/**
 * Mail goes out in the recipient's language: a registered user's chosen language, else the
 * language stored with the event (the inviter's choice or the inviting request's
 * Accept-Language), else English. The mail sender renders each event as the worker would.
 */
describe(`${NotificationsService.name} languages`, () => {
  let t: TestApp;
  let http: Client;
  let f: ReturnType<typeof factories>;
  let notifications: NotificationsService;
  let maker: TestOrg;
  let other: TestOrg;

  const inLanguage = <T = Record<string, unknown>>(language: string | null, method: string, path: string, body?: unknown, as?: Credentials) =>
    http.call<T>(method, path, { body, as, headers: language === null ? {} : { 'accept-language': language } });

  /** What the mail sender writes for the newest mail of a type to an address. */
  async function mailOf(email: string, type: string): Promise<OutgoingMail> {
    const event = (await mailsTo(http, email)).filter((m) => m.type === type).at(-1);
    if (!event) throw new Error(`no ${type} mail for ${email}`);
    const [mail] = await notifications.deliver({ eventId: randomUUID(), organizationId: '', workspaceId: null, type, payload: event.payload });
    if (!mail) throw new Error(`${type} to ${email} renders no mail`);
    return mail;
  }

  beforeAll(async () => {
    t = await createTestApp({ env: { API_RUN_PROCESSORS: 'true' } });
    http = client(t.baseUrl);
    f = factories(http);
    notifications = t.app.get(NotificationsService, { strict: false });
    maker = await f.newOrganization(OrganizationKind.Manufacturer);
    other = await f.newOrganization(OrganizationKind.Procurer);
    expect((await http.patch('/v1/auth/me', { locale: 'vi' }, maker.owner.as)).status).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('is written in the language a registered recipient chose, whatever the inviter speaks', async () => {
    const invitee = await f.newOrganization();
    await http.patch('/v1/auth/me', { locale: 'vi' }, invitee.owner.as);
    await http.patch('/v1/auth/me', { locale: 'th' }, other.owner.as);
    const invited = await inLanguage('zh-CN', 'POST', '/v1/organization/invitations', { email: invitee.owner.email, role: 'admin' }, other.owner.as);
    expect(invited.status).toBe(201);

    const mail = await mailOf(invitee.owner.email, 'invitation.created');
    const payload = (await mailsTo(http, invitee.owner.email)).at(-1)!.payload;
    expect(mail.locale).toBe('vi');
    expect(mail.subject).toMatch(/^Bạn được mời tham gia .+ trên Attesta$/);
    expect(mail.text).toContain('với vai trò quản trị viên');
    expect(mail.text).toContain(`hết hạn vào ngày ${formatCalendarDate(String(payload.expiresAt), 'vi', { style: 'long' })}`);
    expect(mail.text).toContain(String(payload.acceptUrl));
  });

  it('writes an invitation to a new address in the inviter’s chosen language, else in the inviting request’s language', async () => {
    // The inviter chose Thai above; the request asks for Chinese: the profile wins.
    const stranger = `new-${randomUUID()}@example.com`;
    expect((await inLanguage('zh-CN', 'POST', '/v1/organization/invitations', { email: stranger, role: 'member' }, other.owner.as)).status).toBe(201);
    expect((await mailsTo(http, stranger)).at(-1)!.payload.locale).toBe('th');
    const thai = await mailOf(stranger, 'invitation.created');
    expect(thai).toMatchObject({ locale: 'th', subject: expect.stringMatching(/^คุณได้รับเชิญให้เข้าร่วม /) });

    // An inviter with no choice: the request's language.
    const inviter = await f.newOrganization();
    const another = `new-${randomUUID()}@example.com`;
    expect((await inLanguage('ms-MY', 'POST', '/v1/organization/invitations', { email: another, role: 'member' }, inviter.owner.as)).status).toBe(201);
    expect(await mailOf(another, 'invitation.created')).toMatchObject({ locale: 'ms', subject: expect.stringMatching(/^Anda dijemput menyertai /) });

    // Neither: English.
    const third = `new-${randomUUID()}@example.com`;
    expect((await inLanguage(null, 'POST', '/v1/organization/invitations', { email: third, role: 'owner' }, inviter.owner.as)).status).toBe(201);
    const english = await mailOf(third, 'invitation.created');
    expect(english).toMatchObject({ locale: 'en', subject: expect.stringMatching(/^You are invited to /) });
    expect(english.text).toContain('as an owner');
  });

  it('confirms a sign-up in the language of the sign-up request; an existing account’s notice in that account’s language', async () => {
    const body = signupBody(OrganizationKind.Procurer, 'bahasa');
    expect((await inLanguage('id-ID,id;q=0.9', 'POST', '/v1/auth/signup', body)).status).toBe(202);
    const confirm = await mailOf(body.user.email, 'signup.confirmation_requested');
    expect(confirm.locale).toBe('id');
    expect(confirm.subject).toBe('Konfirmasi pendaftaran Attesta Anda');
    expect(confirm.text).toContain(`Buka ${String((await mailsTo(http, body.user.email)).at(-1)!.payload.confirmUrl)} untuk membuat ${body.organization.name}`);

    // The maker's owner chose Vietnamese: the notice is in Vietnamese even though the request asks for Thai.
    const probe = signupBody(OrganizationKind.Procurer, 'probe');
    expect((await inLanguage('th', 'POST', '/v1/auth/signup', { ...probe, user: { ...probe.user, email: maker.owner.email } })).status).toBe(202);
    const notice = await mailOf(maker.owner.email, 'signup.account_exists');
    expect(notice).toMatchObject({ locale: 'vi', subject: 'Bạn đã có tài khoản Attesta' });
  });
  it('sends no invitation mail for an invitation revoked or replaced before the mail left (the address is told nothing)', async () => {
    const wrong = `typo-${randomUUID()}@example.com`;
    const invited = await http.post<{ invitation: { id: string } }>('/v1/organization/invitations', { email: wrong, role: 'admin' }, maker.owner.as);
    expect(invited.status).toBe(201);
    const [event] = await mailsTo(http, wrong);
    const deliver = () =>
      notifications.deliver({ eventId: randomUUID(), organizationId: maker.id, workspaceId: null, type: 'invitation.created', payload: event!.payload });
    expect(await deliver()).toHaveLength(1);
    expect((await http.call('DELETE', `/v1/organization/invitations/${invited.body.invitation.id}`, { as: maker.owner.as })).status).toBe(200);
    expect(await deliver()).toEqual([]);

    // Invited again as a member: the admin invitation is replaced, its mail is not sent; the new one's is.
    const again = `again-${randomUUID()}@example.com`;
    expect((await http.post('/v1/organization/invitations', { email: again, role: 'admin' }, maker.owner.as)).status).toBe(201);
    expect((await http.post('/v1/organization/invitations', { email: again, role: 'member' }, maker.owner.as)).status).toBe(201);
    const [first, second] = await mailsTo(http, again);
    const send = (payload: Record<string, unknown>) =>
      notifications.deliver({ eventId: randomUUID(), organizationId: maker.id, workspaceId: null, type: 'invitation.created', payload });
    expect(await send(first!.payload)).toEqual([]);
    expect((await send(second!.payload)).map((m) => m.to)).toEqual([again]);
  });
  it('mails once when a later step of the event’s fan-out fails and the job runs again', async () => {
    const address = `retry-${randomUUID()}@example.com`;
    expect((await http.post('/v1/organization/invitations', { email: address, role: 'member' }, maker.owner.as)).status).toBe(201);
    const [event] = await mailsTo(http, address);
    // An event of its own id (the running worker never sees it), processed as the worker would, twice:
    // the webhook fan-out fails the first time (a database blip), so BullMQ runs the job again.
    const job = { data: { eventId: randomUUID(), organizationId: maker.id, workspaceId: null, type: 'invitation.created', payload: event!.payload } };
    const processor = t.app.get(EventsProcessor, { strict: false });
    const fanOut = vi.spyOn(t.app.get(WebhookDeliveryService, { strict: false }), 'fanOut').mockRejectedValueOnce(new Error('connection reset'));
    const deliver = vi.spyOn(notifications, 'deliver');
    try {
      await expect(processor.process(job as Job<never>)).rejects.toThrow('connection reset');
      expect(await processor.process(job as Job<never>)).toEqual({ handled: ['notifications'] });
      expect(deliver).toHaveBeenCalledTimes(1);
    } finally {
      fanOut.mockRestore();
      deliver.mockRestore();
    }
  });
});

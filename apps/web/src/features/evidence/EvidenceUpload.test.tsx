import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api/session-store';
import { I18nProvider } from '../../i18n';
import { setLocaleState } from '../../i18n/runtime';
import { renderWithProviders } from '../../test/render';
import { theme } from '../../theme';
import type { EvidenceVersion } from './evidence-model';
import { EvidenceUpload } from './EvidenceUpload';

/** A controllable stand-in for the browser's XMLHttpRequest: the test plays the network. */
class FakeXhr {
  static instances: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = undefined;
  status = 0;
  statusText = '';
  responseText = '';
  aborted = false;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeXhr.instances.push(this);
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }

  send(body: unknown) {
    this.body = body;
  }

  abort() {
    this.aborted = true;
    this.onabort?.();
  }

  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ lengthComputable: true, loaded, total }));
  }

  respond(status: number, body: unknown, statusText = '') {
    act(() => {
      this.status = status;
      this.statusText = statusText;
      this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
      this.onload?.();
    });
  }
}

const SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const VERSION: EvidenceVersion = {
  id: '0c0b2a34-8f0e-4b8e-9d6a-1a2b3c4d5e6f',
  number: 2,
  filename: 'sla-v3.pdf',
  mediaType: 'application/pdf',
  size: 1000,
  sha256: SHA,
  uploadedBy: 'user-1',
  uploadedByOrganizationId: 'org-1',
  createdAt: '2026-05-01T10:00:00.000Z',
};

function session(accessToken: string) {
  return { accessToken, expiresIn: 900, userId: 'user-1', organizationId: 'org-1', role: 'owner' };
}

async function chooseFile(name = 'sla-v3.pdf', type = 'application/pdf') {
  const file = new File([new Uint8Array(1000)], name, { type });
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  expect(input).not.toBeNull();
  await userEvent.upload(input!, file);
  await waitFor(() => expect(FakeXhr.instances.length).toBeGreaterThan(0));
  return { file, xhr: FakeXhr.instances[FakeXhr.instances.length - 1]! };
}

function progressValue(): string | null {
  return screen.getByTestId('upload-progress').getAttribute('aria-valuenow');
}

describe('EvidenceUpload', () => {
  beforeEach(() => {
    FakeXhr.instances = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    sessionStore.set(session('token-1'));
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStore.set(null);
    setLocaleState({ locale: 'en', pseudo: false, calendar: 'gregory' });
  });

  it('posts the file as multipart with the bearer token, shows real progress and the SHA-256 of the stored version', async () => {
    const onUploaded = vi.fn();
    renderWithProviders(<EvidenceUpload workspaceId="ws-1" evidenceId="ev-1" onUploaded={onUploaded} />);
    const { file, xhr } = await chooseFile();

    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/v1/workspaces/ws-1/evidence/ev-1/versions');
    expect(xhr.headers.authorization).toBe('Bearer token-1');
    expect(xhr.body).toBeInstanceOf(FormData);
    const sent = (xhr.body as FormData).get('file');
    expect(sent).toBeInstanceOf(File);
    expect((sent as File).name).toBe(file.name);
    expect((sent as File).size).toBe(file.size);

    xhr.progress(0, 1000);
    expect(progressValue()).toBe('0');
    xhr.progress(500, 1000);
    expect(progressValue()).toBe('50');
    expect(screen.getByTestId('upload-progress').getAttribute('aria-label')).toContain('sla-v3.pdf');
    expect(screen.getByRole('button', { name: 'Cancel upload' })).toBeTruthy();
    xhr.progress(1000, 1000);
    expect(progressValue()).toBe('100');

    xhr.respond(201, VERSION);
    await waitFor(() => expect(screen.getByTestId('upload-sha256').textContent).toBe(SHA));
    // The bar stays, full, after completion.
    expect(progressValue()).toBe('100');
    expect(screen.getByTestId('upload-media-type').textContent).toBe('application/pdf');
    expect(screen.getByTestId('upload-size').textContent).toContain('1,000 bytes');
    expect(screen.queryByRole('button', { name: 'Cancel upload' })).toBeNull();
    expect(onUploaded).toHaveBeenCalledWith(VERSION);
  });

  it('shows the title and detail of a problem answer (413 too large)', async () => {
    renderWithProviders(<EvidenceUpload workspaceId="ws-1" evidenceId="ev-1" />);
    const { xhr } = await chooseFile();
    xhr.progress(300, 1000);
    xhr.respond(413, { type: 'about:blank', title: 'Payload too large', status: 413, detail: 'The file is larger than the 1048576 bytes allowed.' });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Payload too large');
    expect(alert.textContent).toContain('The file is larger than the 1048576 bytes allowed.');
    expect(screen.queryByTestId('upload-sha256')).toBeNull();
    expect(progressValue()).toBe('30');
  });

  it('shows a 415 problem for a refused file type', async () => {
    renderWithProviders(<EvidenceUpload workspaceId="ws-1" evidenceId="ev-1" />);
    const { xhr } = await chooseFile('tool.exe', 'application/x-msdownload');
    xhr.respond(415, { title: 'Unsupported media type', status: 415, detail: 'Files of type application/x-msdownload are not accepted.' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Unsupported media type');
    expect(alert.textContent).toContain('Files of type application/x-msdownload are not accepted.');
  });

  it('refreshes the session once on 401 and sends the file again with the new token', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(session('token-2')), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<EvidenceUpload workspaceId="ws-1" evidenceId="ev-1" />);
    const { xhr: first } = await chooseFile();
    first.respond(401, { title: 'Unauthorized', status: 401 });

    await waitFor(() => expect(FakeXhr.instances.length).toBe(2));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const second = FakeXhr.instances[1]!;
    expect(second.headers.authorization).toBe('Bearer token-2');
    second.progress(1000, 1000);
    second.respond(201, VERSION);
    await waitFor(() => expect(screen.getByTestId('upload-sha256').textContent).toBe(SHA));
  });

  it('cancels an upload in progress', async () => {
    renderWithProviders(<EvidenceUpload workspaceId="ws-1" evidenceId="ev-1" />);
    const { xhr } = await chooseFile();
    xhr.progress(200, 1000);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel upload' }));
    expect(xhr.aborted).toBe(true);
    expect(await screen.findByText('Upload cancelled')).toBeTruthy();
    expect(screen.queryByTestId('upload-progress')).toBeNull();
  });

  it('speaks the reader’s language: progress, sizes and the stored version in Thai', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <I18nProvider initial={{ locale: 'th', pseudo: false, calendar: 'gregory' }}>
        <MantineProvider theme={theme}>
          <QueryClientProvider client={client}>
            <EvidenceUpload workspaceId="ws-1" evidenceId="ev-1" />
          </QueryClientProvider>
        </MantineProvider>
      </I18nProvider>,
    );
    expect(await screen.findByText('วางไฟล์ที่นี่ หรือคลิกเพื่อเลือกไฟล์')).toBeTruthy();
    const { xhr } = await chooseFile();
    xhr.progress(500, 1000);
    expect(screen.getByTestId('upload-progress').getAttribute('aria-label')).toBe('การอัปโหลด sla-v3.pdf');
    expect(screen.getByTestId('upload-percent').textContent).toBe('50% — 500 B จาก 1,000 B');
    expect(screen.getByRole('button', { name: 'ยกเลิกการอัปโหลด' })).toBeTruthy();
    xhr.progress(1000, 1000);
    xhr.respond(201, VERSION);
    expect(await screen.findByText('จัดเก็บเวอร์ชัน 2 แล้ว')).toBeTruthy();
    expect(screen.getByTestId('upload-size').textContent).toBe('1,000 B (1,000 ไบต์)');
  });
});

import { ApiProblem, toProblem } from '../../api/problem';
import { sessionStore } from '../../api/session-store';
import type { MessageId } from '../../i18n';
import type { EvidenceVersion } from './evidence-model';

export interface UploadProgress {
  /** Bytes of the request body sent so far. */
  loaded: number;
  /** Size of the request body (the file plus the multipart framing). */
  total: number;
}

export interface UploadHandle {
  /** Resolves with the stored version, rejects with an ApiProblem (or UploadCancelled). */
  done: Promise<EvidenceVersion>;
  cancel(): void;
}

/** The user cancelled: not an error to show, nothing was kept by the server. */
export class UploadCancelled extends Error {
  constructor() {
    super('The upload was cancelled.');
    this.name = 'UploadCancelled';
  }
}

/**
 * Text formats have no signature, so the API goes by the declared type; browsers often
 * declare none (or a spreadsheet type for .csv). Name the type the extension stands for.
 */
const TEXT_TYPES_BY_EXTENSION: Record<string, string> = {
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  markdown: 'text/markdown',
  json: 'application/json',
  yaml: 'application/yaml',
  yml: 'application/yaml',
  xml: 'application/xml',
};

export function declaredFile(file: File): File {
  const ext = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  const textType = TEXT_TYPES_BY_EXTENSION[ext];
  const declared = file.type.split(';')[0]!.trim();
  if (!textType || declared.startsWith('text/') || declared === textType) return file;
  // A new File over the same Blob: no bytes are copied.
  return new File([file], file.name, { type: textType, lastModified: file.lastModified });
}

export function uploadUrl(workspaceId: string, evidenceId: string): string {
  return `/v1/workspaces/${encodeURIComponent(workspaceId)}/evidence/${encodeURIComponent(evidenceId)}/versions`;
}

/** The transport's own words (its problems when the server gave none), in the reader's language. */
export type UploadTranslate = (id: MessageId) => string;

function problemOf(xhr: XMLHttpRequest, t: UploadTranslate): ApiProblem {
  let body: unknown = xhr.responseText;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    // not JSON: toProblem keeps the text as the detail
  }
  const fallback = xhr.status === 413 ? t('evidence.upload.tooLarge') : xhr.statusText;
  return new ApiProblem(toProblem(xhr.status, body, fallback));
}

/**
 * Posts a file as a new version with XMLHttpRequest, the only browser transport that
 * reports upload progress. The access token goes as a bearer header; a 401 refreshes the
 * session once and sends the file again.
 */
export function uploadEvidenceVersion(
  workspaceId: string,
  evidenceId: string,
  file: File,
  onProgress: (p: UploadProgress) => void,
  t: UploadTranslate,
): UploadHandle {
  let current: XMLHttpRequest | null = null;
  let cancelled = false;

  const attempt = (): Promise<XMLHttpRequest> =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      current = xhr;
      xhr.open('POST', uploadUrl(workspaceId, evidenceId));
      const token = sessionStore.get()?.accessToken;
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) onProgress({ loaded: e.loaded, total: e.total });
      };
      xhr.onload = () => resolve(xhr);
      xhr.onerror = () =>
        reject(
          new ApiProblem({
            status: 0,
            title: t('evidence.upload.interrupted'),
            detail: t('evidence.upload.interruptedDetail'),
          }),
        );
      xhr.ontimeout = xhr.onerror;
      xhr.onabort = () => reject(new UploadCancelled());
      const form = new FormData();
      const declared = declaredFile(file);
      form.append('file', declared, declared.name);
      xhr.send(form);
    });

  const done = (async () => {
    let xhr = await attempt();
    if (xhr.status === 401 && !cancelled && (await sessionStore.refresh())) {
      if (cancelled) throw new UploadCancelled();
      onProgress({ loaded: 0, total: file.size });
      xhr = await attempt();
    }
    if (xhr.status < 200 || xhr.status >= 300) throw problemOf(xhr, t);
    try {
      return JSON.parse(xhr.responseText) as EvidenceVersion;
    } catch {
      throw new ApiProblem({
        status: xhr.status,
        title: t('evidence.upload.unreadable'),
        detail: t('evidence.upload.unreadableDetail'),
      });
    }
  })();

  return {
    done,
    cancel() {
      cancelled = true;
      current?.abort();
    },
  };
}

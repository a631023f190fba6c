import { authFetch } from './client';
import { ApiProblem, toProblem } from './problem';

/** A file of the API: its bytes and the name the server gave it (content-disposition), if any. */
export interface FetchedFile {
  blob: Blob;
  filename: string | null;
}

function filenameOf(res: Response): string | null {
  const disposition = res.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // Fall through to the plain name.
    }
  }
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? null;
}

/**
 * Fetches a file with the session's token (a plain link would carry none); an error answer
 * (or no answer) becomes an ApiProblem.
 */
export async function fetchFile(path: string, accept?: string): Promise<FetchedFile> {
  let res: Response;
  try {
    res = await authFetch(new Request(path, accept ? { headers: { accept } } : undefined));
  } catch (e) {
    throw new ApiProblem(toProblem(0, (e as Error).message));
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => undefined);
    throw new ApiProblem(toProblem(res.status, body, res.statusText));
  }
  return { blob: await res.blob(), filename: filenameOf(res) };
}

/** Hands bytes to the browser as a file, through a temporary <a download>. */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the save in some browsers.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

export interface DownloadOptions {
  /** The name to save under; without it, the server's name, else `fallbackName`. */
  filename?: string;
  fallbackName?: string;
  accept?: string;
}

/** Downloads a file of the API with the session's token and saves it. */
export async function downloadFile(path: string, { filename, fallbackName = 'download', accept }: DownloadOptions = {}): Promise<void> {
  const file = await fetchFile(path, accept);
  saveBlob(file.blob, filename ?? file.filename ?? fallbackName);
}

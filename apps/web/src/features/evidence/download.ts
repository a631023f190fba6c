import { authFetch } from '../../api/client';
import { ApiProblem, toProblem } from '../../api/problem';
import type { EvidenceVersion } from './evidence-model';

/** Files up to this size are re-hashed in the browser after download. */
const VERIFY_LIMIT_BYTES = 256 * 1024 * 1024;

async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface DownloadResult {
  /** true: the bytes hash to the recorded SHA-256; false: they do not; null: not checked. */
  verified: boolean | null;
}

/**
 * Downloads a version with the user's token (a plain link would carry none): the bytes
 * become a blob, the blob an object URL, and a temporary <a download> saves it under the
 * version's file name.
 */
export async function downloadVersion(workspaceId: string, evidenceId: string, version: EvidenceVersion): Promise<DownloadResult> {
  const url = `/v1/workspaces/${encodeURIComponent(workspaceId)}/evidence/${encodeURIComponent(evidenceId)}/versions/${encodeURIComponent(version.id)}/content`;
  let res: Response;
  try {
    res = await authFetch(new Request(url, { headers: { accept: '*/*' } }));
  } catch (e) {
    throw new ApiProblem(toProblem(0, (e as Error).message));
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => undefined);
    throw new ApiProblem(toProblem(res.status, body, res.statusText));
  }
  const blob = await res.blob();
  let verified: boolean | null = null;
  if (blob.size <= VERIFY_LIMIT_BYTES && globalThis.crypto?.subtle) {
    verified = (await sha256Hex(blob)) === version.sha256;
  }
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = version.filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the save in some browsers.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return { verified };
}

import { fetchFile, saveBlob } from '../../api/download';
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
 * Downloads a version with the user's token, re-hashes the bytes against the recorded
 * SHA-256 and saves them under the version's file name.
 */
export async function downloadVersion(workspaceId: string, evidenceId: string, version: EvidenceVersion): Promise<DownloadResult> {
  const { blob } = await fetchFile(
    `/v1/workspaces/${encodeURIComponent(workspaceId)}/evidence/${encodeURIComponent(evidenceId)}/versions/${encodeURIComponent(version.id)}/content`,
    '*/*',
  );
  let verified: boolean | null = null;
  if (blob.size <= VERIFY_LIMIT_BYTES && globalThis.crypto?.subtle) {
    verified = (await sha256Hex(blob)) === version.sha256;
  }
  saveBlob(blob, version.filename);
  return { verified };
}

import { authFetch } from '../../api/client';
import { ApiProblem, toProblem } from '../../api/problem';

/** Downloads a workspace's audit stream (JSON Lines) with the user's token, as a file. */
export async function downloadAuditExport(workspaceId: string): Promise<void> {
  const res = await authFetch(new Request(`/v1/workspaces/${encodeURIComponent(workspaceId)}/audit-events/export`, { headers: { accept: 'application/x-ndjson' } }));
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => undefined);
    throw new ApiProblem(toProblem(res.status, body, res.statusText));
  }
  const blob = await res.blob();
  const filename = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'audit.jsonl';
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

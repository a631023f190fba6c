import { authFetch } from '../../api/client';
import { ApiProblem, toProblem } from '../../api/problem';

/** Downloads an API resource with the session's token and hands it to the browser as a file. */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const res = await authFetch(new Request(path));
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => undefined);
    throw new ApiProblem(toProblem(res.status, body, res.statusText));
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

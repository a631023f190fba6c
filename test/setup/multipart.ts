import { createHash, randomBytes } from 'node:crypto';

export interface StreamedUpload {
  status: number;
  body: Record<string, unknown>;
  /** SHA-256 of the file bytes sent. */
  sha256: string;
}

/**
 * Streams a generated file as multipart/form-data without holding it in memory: the
 * file is `head` followed by filler up to `size` bytes. `abortAfter` cuts the
 * connection after that many file bytes (an interrupted upload).
 */
export async function streamUpload(
  url: string,
  headers: Record<string, string>,
  file: { filename: string; contentType: string; size: number; head?: Buffer; fields?: Record<string, string> },
  options: { abortAfter?: number } = {},
): Promise<StreamedUpload> {
  const boundary = `----attesta${randomBytes(8).toString('hex')}`;
  const hash = createHash('sha256');
  const head = file.head ?? Buffer.alloc(0);
  const filler = Buffer.alloc(1024 * 1024, 'attesta evidence filler line\n');
  const controller = new AbortController();
  let sent = 0;

  const preamble = Buffer.from(
    Object.entries(file.fields ?? {})
      .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join('') + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
  );
  const trailer = Buffer.from(`\r\n--${boundary}--\r\n`);

  async function* body(): AsyncGenerator<Uint8Array> {
    yield preamble;
    while (sent < file.size) {
      let chunk = sent < head.length ? head.subarray(sent) : filler;
      chunk = chunk.subarray(0, Math.min(chunk.length, file.size - sent));
      if (options.abortAfter !== undefined && sent + chunk.length > options.abortAfter) {
        yield chunk.subarray(0, options.abortAfter - sent);
        // Give the server a moment to start consuming before the connection drops.
        await new Promise((r) => setTimeout(r, 200));
        controller.abort();
        return;
      }
      hash.update(chunk);
      sent += chunk.length;
      yield chunk;
    }
    yield trailer;
  }

  const stream = ReadableStream.from(body());
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: stream,
      duplex: 'half',
      signal: controller.signal,
    } as RequestInit);
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, sha256: hash.digest('hex') };
  } catch (e) {
    if (controller.signal.aborted) return { status: 0, body: {}, sha256: '' };
    throw e;
  }
}

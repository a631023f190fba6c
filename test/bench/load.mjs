/**
 * A closed-loop HTTP load generator (autocannon is not a dependency): `connections` keep-alive
 * connections, each sending the next request as soon as the last answered, for `seconds`.
 * Runs as its own process, so its CPU is not the server's. Prints one JSON line:
 * { requests, non2xx, errors, seconds, rps, p50, p99 } (latencies in ms).
 *   node test/bench/load.mjs '{"url":"http://…","method":"GET","headers":{},"body":null,"connections":16,"seconds":10}'
 */
import { Buffer } from 'node:buffer';
import http from 'node:http';

const spec = JSON.parse(process.argv[2] ?? '{}');
const url = new URL(spec.url);
const connections = spec.connections ?? 16;
const seconds = spec.seconds ?? 10;
const body = spec.body == null ? undefined : Buffer.from(typeof spec.body === 'string' ? spec.body : JSON.stringify(spec.body));
const headers = { ...(spec.headers ?? {}), ...(body ? { 'content-type': 'application/json', 'content-length': String(body.length) } : {}) };
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

const latencies = [];
let non2xx = 0;
let errors = 0;
const started = process.hrtime.bigint();
const deadline = started + BigInt(Math.round(seconds * 1e9));

function once() {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: spec.method ?? 'GET', headers, agent }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => {
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (res.statusCode < 200 || res.statusCode > 299) non2xx++;
        resolve();
      });
    });
    req.on('error', () => {
      errors++;
      resolve();
    });
    req.end(body);
  });
}

async function loop() {
  while (process.hrtime.bigint() < deadline) await once();
}

await Promise.all(Array.from({ length: connections }, loop));
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
process.stdout.write(
  `${JSON.stringify({ requests: latencies.length, non2xx, errors, seconds: elapsed, rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) })}\n`,
);

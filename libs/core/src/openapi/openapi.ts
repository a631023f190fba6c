import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { AppConfig } from '../config/app-config.js';
import { PROBLEM_CONTENT_TYPE, ProblemDto } from '../errors/problem.js';

export const API_TITLE = 'Attesta API';
export const API_DESCRIPTION = [
  'Multi-tenant conformity portal: assessment workspaces, evidence, reviews, signed attestations',
  'and a conformity-check API for procurement systems.',
  '',
  'Errors are RFC 9457 `application/problem+json` documents with a `correlationId`.',
  'Their `title`, `detail` and `errors[].message` are in the language of `Accept-Language` (en, zh-CN, vi, th, ms, id;',
  'English for anything else, named in `Content-Language`); `type`, `code` and `errors[].field` never change with it.',
  'Lists are cursor-paginated (`?limit=&cursor=` → `{ data, nextCursor }`).',
].join('\n');

type Json = Record<string, unknown>;

/** @nestjs/swagger writes 3.0 idioms; rewrite them into their OpenAPI 3.1 forms. */
export function toOpenApi31(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toOpenApi31);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) out[k] = toOpenApi31(v);
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
    } else if (typeof out.$ref === 'string') {
      const ref = out.$ref;
      delete out.$ref;
      out.oneOf = [{ $ref: ref }, { type: 'null' }];
    }
  } else if (out.nullable === false) {
    delete out.nullable;
  }
  return out;
}

export function buildOpenApiDocument(app: INestApplication, config: Pick<AppConfig, 'PUBLIC_BASE_URL'>): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle(API_TITLE)
    .setDescription(API_DESCRIPTION)
    .setVersion('1.0.0')
    .setLicense('Proprietary', `${config.PUBLIC_BASE_URL}/license`)
    .addServer(config.PUBLIC_BASE_URL)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from /v1/auth/login' }, 'bearer')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'x-api-key', description: 'Organization API key' }, 'apiKey')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Platform operator: the OPERATOR_TOKEN (operator routes only; tenant credentials are refused there)' }, 'operator');
  const document = SwaggerModule.createDocument(app, builder.build(), {
    extraModels: [ProblemDto],
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '').replace(/^./, (c) => c.toLowerCase())}_${methodKey}`,
  });
  return documentRateLimits(markPublicOperations(pathParametersFirst(toOpenApi31(document) as OpenAPIObject)));
}

/**
 * Each operation lists its path parameters first, in the order the path names them, then the rest
 * as they were. Path ids are documented by `IdParam` (an `ApiParam`), which the document builder
 * would otherwise put after the query's parameters and in reverse.
 */
function pathParametersFirst(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    const order = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const op of Object.values(item as Record<string, Json>)) {
      const params = op && typeof op === 'object' ? (op.parameters as { name: string; in: string }[] | undefined) : undefined;
      if (!Array.isArray(params)) continue;
      const inPath = params.filter((p) => p.in === 'path').sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
      op.parameters = [...inPath, ...params.filter((p) => p.in !== 'path')];
    }
  }
  return document;
}

/** Operations marked @Public() say so in OpenAPI terms too: an empty security list. */
function markPublicOperations(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item as Record<string, Json>)) {
      if (op && typeof op === 'object' && (op['x-access'] as { public?: boolean } | undefined)?.public) op.security = [];
    }
  }
  return document;
}

const RATE_LIMIT_HEADERS: Record<string, { description: string; schema: { type: 'integer'; minimum: number } }> = {
  'RateLimit-Limit': { description: "Requests the caller's budget allows per minute", schema: { type: 'integer', minimum: 1 } },
  'RateLimit-Remaining': { description: 'Requests left in the current window', schema: { type: 'integer', minimum: 0 } },
  'RateLimit-Reset': { description: 'Seconds until the window ends', schema: { type: 'integer', minimum: 0 } },
};

/**
 * Every request of a signed-in user or an API key is counted against that caller's budget
 * (RateLimitGuard): each such operation documents the 429 it can get, with `Retry-After`,
 * and the RateLimit headers its answers carry. Public routes declare their per-IP budget
 * themselves (`@AnonymousRateLimit`); operator routes are not counted.
 */
function documentRateLimits(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item as Record<string, Json>)) {
      const security = op && typeof op === 'object' ? (op.security as Record<string, unknown>[] | undefined) : undefined;
      const responses = op?.responses as Record<string, Json> | undefined;
      if (!responses) continue;
      const counted = (security ?? []).some((s) => 'bearer' in s || 'apiKey' in s);
      const anonymous = responses['429'] !== undefined && !counted;
      if (!counted && !anonymous) continue;
      responses['429'] ??= {
        description: "Rate limited: the caller's budget for this minute is spent; see `Retry-After`",
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDto' } } },
      };
      const tooMany = responses['429'];
      tooMany.headers = {
        'Retry-After': { description: 'Seconds until the budget refills', schema: { type: 'integer', minimum: 1 } },
        ...(tooMany.headers as Json | undefined),
        ...RATE_LIMIT_HEADERS,
      };
      for (const [status, answer] of Object.entries(responses)) {
        if (/^2\d\d$/.test(status)) answer.headers = { ...(answer.headers as Json | undefined), ...RATE_LIMIT_HEADERS };
      }
    }
  }
  return document;
}

/** Serves the UI at /docs and the document at /openapi.json and /openapi.yaml; a factory runs once, on first use. */
export function mountOpenApi(app: INestApplication, document: OpenAPIObject | (() => OpenAPIObject)): void {
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
    customSiteTitle: API_TITLE,
  });
}

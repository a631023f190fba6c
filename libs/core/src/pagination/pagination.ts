import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type as TransformType } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CoreError, CoreErrorCode } from '../errors/core.errors.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, description: 'Items per page' })
  @IsOptional()
  @TransformType(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: "Opaque cursor from a previous page's `nextCursor`" })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

type CursorValue = string | number | boolean | null;

export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity && values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
      return values as CursorValue[];
    }
  } catch {
    // fall through to the error below
  }
  throw invalidCursor();
}

function invalidCursor(): CoreError {
  return new CoreError(CoreErrorCode.InvalidCursor, 'The cursor is not one this API issued.', {
    errors: [{ field: 'cursor', message: 'is not a valid cursor' }],
  });
}

/** PostgreSQL data exceptions (class 22) and operand type mismatches: the cursor's values do not fit. */
function isCursorTypeError(error: unknown): boolean {
  const code = (error as { driverError?: { code?: unknown }; code?: unknown } | null)?.driverError?.code ?? (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('22') || code === '42883' || code === '42804');
}

export interface KeysetKey<T> {
  /** SQL expression of the key column, e.g. `e.createdAt`. */
  column: string;
  /** How to read the key off an entity for the next cursor. */
  read: (row: T) => CursorValue | Date;
}

/**
 * Keyset pagination: one query, `limit + 1` rows, comparing the row tuple against the
 * cursor. Keys must end with a unique column (usually the UUIDv7 id) and be indexed.
 */
export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  options: { limit?: number; cursor?: string; keys: KeysetKey<T>[]; direction?: 'ASC' | 'DESC' },
): Promise<Page<T>> {
  const limit = Math.min(options.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const direction = options.direction ?? 'ASC';
  const { keys } = options;
  if (options.cursor) {
    const values = decodeCursor(options.cursor, keys.length);
    const params = Object.fromEntries(values.map((v, i) => [`__cursor${i}`, v]));
    const lhs = keys.map((k) => k.column).join(', ');
    const rhs = values.map((_, i) => `:__cursor${i}`).join(', ');
    qb.andWhere(`(${lhs}) ${direction === 'ASC' ? '>' : '<'} (${rhs})`, params);
  }
  keys.forEach((k, i) => (i === 0 ? qb.orderBy(k.column, direction) : qb.addOrderBy(k.column, direction)));
  const rows = await qb
    .take(limit + 1)
    .getMany()
    .catch((error: unknown) => {
      // A cursor whose values do not fit the key columns (text for a timestamp, a number for a
      // uuid, a NUL character) fails in the database: that is the client's cursor, not our fault.
      if (options.cursor && isCursorTypeError(error)) throw invalidCursor();
      throw error;
    });
  const hasMore = rows.length > limit;
  const data = hasMore ? rows.slice(0, limit) : rows;
  const last = data.at(-1);
  const nextCursor =
    hasMore && last
      ? encodeCursor(
          keys.map((k) => {
            const v = k.read(last);
            return v instanceof Date ? v.toISOString() : v;
          }),
        )
      : null;
  return { data, nextCursor };
}

/** Pages an in-memory, already-sorted list by its ids (for small, computed lists). */
export function pageOfArray<T>(items: readonly T[], idOf: (t: T) => string, options: { limit?: number; cursor?: string }): Page<T> {
  const limit = Math.min(options.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  let start = 0;
  if (options.cursor) {
    const [after] = decodeCursor(options.cursor, 1);
    start = items.findIndex((t) => idOf(t) === after) + 1;
  }
  const data = items.slice(start, start + limit);
  const more = start + limit < items.length;
  const last = data.at(-1);
  return { data, nextCursor: more && last ? encodeCursor([idOf(last)]) : null };
}

/** OpenAPI response of a `{ data, nextCursor }` page of `model`. */
export function ApiPageResponse(model: Type<unknown>, description = 'One page of results') {
  return applyDecorators(
    ApiExtraModels(model),
    ApiOkResponse({
      description,
      schema: {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
          data: { type: 'array', items: { $ref: getSchemaPath(model) } },
          nextCursor: { type: 'string', nullable: true, description: 'Pass as `cursor` to get the next page; null on the last page' },
        },
      },
    }),
  );
}

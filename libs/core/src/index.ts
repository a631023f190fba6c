export { AppConfig, ConfigError, configSchema, loadConfig, loadConfigOrExit } from './config/app-config.js';
export { ConfigModule } from './config/config.module.js';
export { type Actor, actorId, actorUserId, type ApiKeyActor, MemberRole, OrganizationKind, type SystemActor, type UserActor } from './context/actor.js';
export { runInJobContext } from './context/job-context.js';
export { type GracefulShutdownOptions, installGracefulShutdown, isDraining } from './context/shutdown.js';
// Private keys at rest (signing keys, audit checkpoint keys) are wrapped with the configured key-encryption keys.
export { KeyRing, KeyUnwrapError } from './crypto/key-wrap.js';
export { buildDataSourceOptions, type EntityList, type MigrationList, type SchemaParts } from './database/data-source-options.js';
export { DatabaseModule } from './database/database.module.js';
export { READ_DATA_SOURCE, ReadReplica, ReadsFromReplica } from './database/read-replica.js';
export { Db, type DbScope, insertable, scopeOf, updatedRows, type SnapshotHandOff, systemScope, systemScopeUses, type TxScope } from './database/db.js';
export { REDIS, RedisModule } from './database/redis.js';
export { transactionLock } from './database/transaction-lock.js';
export { ApiProblems } from './errors/api-problems.decorator.js';
export { CoreError, CoreErrorCode } from './errors/core.errors.js';
export { assertUnreachable, DomainError, type ErrorKind, type FieldIssue, type ProblemExtensions } from './errors/domain-error.js';
export { constraintViolationError, isForeignKeyViolation, isUniqueViolation } from './errors/pg-errors.js';
export { PROBLEM_CONTENT_TYPE, problemForKind, problemTypeUri } from './errors/problem.js';
export { toProblem } from './errors/problem-details.js';
export { ProblemDetailsFilter, sendClientErrorProblem, sendProblem } from './errors/problem-details.filter.js';
export { ReplayResponse } from './errors/replay-response.js';
export { compiledBodyUnsupportedReason, compiledBodyValidator } from './errors/compiled-validation.js';
export { createValidationPipe, IsOmittable, ParseIntParamPipe } from './errors/validation.js';
export { HealthModule } from './health/health.module.js';
export { ApiIfMatch, etagOf, IfMatch, ifNoneMatchHits, OptionalIfMatch, versionFromIfMatch } from './http/etag.js';
export { assertSupportedStrings, findNonFiniteNumber, jsonDepthExceeds, jsonTooDeepError, nonFiniteNumberError } from './http/input-guards.js';
export { Public, PUBLIC_KEY } from './http/public.decorator.js';
export { Body, IdParam, Query, requestValidationPipe } from './http/request-params.js';
export { isUuid, newCorrelationId, newId } from './ids/ids.js';
export { createRootLogger } from './logging/logger.js';
export { isMarketCode, parseMarkets } from './markets/markets.js';
export { LoggingModule, RequestLogger } from './logging/logging.module.js';
export { buildOpenApiDocument, mountOpenApi } from './openapi/openapi.js';
export {
  ApiPageResponse,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  type KeysetKey,
  keysetPage,
  MAX_PAGE_SIZE,
  type Page,
  PageQueryDto,
} from './pagination/pagination.js';
export { type MaybePromise, thenMaybe } from './util/maybe-promise.js';
export { definedOnly } from './util/objects.js';
export { findShipped } from './util/shipped-files.js';
export { fromSpreadsheetCell, spreadsheetSafeCast, toSpreadsheetCell } from './util/spreadsheet-cells.js';
export { forgetInTx, memoInTx } from './database/db.js';

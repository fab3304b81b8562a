/**
 * The HTTP service: `startServer`, its OpenAPI document, its problem documents.
 *
 * @module
 */
export { startServer } from './server';
export type { RecoveryServer, ReloadResult, RequestLog, ServerOptions } from './server';
export { DEFAULT_BODY_LIMITS, openApiDocument } from './openapi';
export type { BodyLimits, OpenApiDocument, OpenApiOptions } from './openapi';
export type { PolicyInfo, PolicyVersionInfo } from './routes';
export type { Problem } from './problem';

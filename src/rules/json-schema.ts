/**
 * The JSON Schema of a policy file, for editors (`"$schema": "…/policy.schema.json"`): it
 * accepts one policy or a set of dated versions.
 *
 * @module
 */
import { z } from 'zod';
import { PolicySchema, PolicySetSchema } from './policy-schema';
import { deepFreeze } from '../freeze';

/**
 * JSON Schema (draft 2020-12) of a policy file: one policy, or `{ "versions": [...] }`.
 *
 * @example
 * ```ts
 * policyJsonSchema.title; // => 'hlm-recovery policy file'
 * ```
 */
export const policyJsonSchema: Readonly<Record<string, unknown>> = deepFreeze(
  z.toJSONSchema(z.union([PolicySchema, PolicySetSchema]).meta({ title: 'hlm-recovery policy file' }), {
    io: 'input',
  }) as Record<string, unknown>,
);

/**
 * The JSON Schema of a decision, for hosts that store or check decisions
 * (`hlm-recovery schema decision`), generated from {@link DecisionSchema}: the decision's type and
 * its JSON Schema have one source. A test checks every decision of the suite against it.
 *
 * @module
 */
import { z } from 'zod';
import { deepFreeze } from '../freeze';
import { DecisionSchema } from './decision';

/**
 * JSON Schema (draft 2020-12) of a {@link Decision}.
 *
 * @example
 * ```ts
 * decisionJsonSchema.title; // => 'hlm-recovery decision'
 * ```
 */
export const decisionJsonSchema: Readonly<Record<string, unknown>> = deepFreeze(
  z.toJSONSchema(DecisionSchema, { io: 'output' }) as Record<string, unknown>,
);

/**
 * How a message of the catalogue is defined: one function per locale, from the same values.
 *
 * @module
 */
import type { Locale } from './locale';

/** The values a message is rendered from. */
export type MessageParams = Readonly<Record<string, string | number | null>>;

/** One message: its text in each locale, from its values. */
export type MessageDefinition<P extends MessageParams> = { readonly [L in Locale]: (p: P) => string };

/** Defines a message (frozen). */
export const define = <P extends MessageParams>(m: MessageDefinition<P>): MessageDefinition<P> => Object.freeze(m);

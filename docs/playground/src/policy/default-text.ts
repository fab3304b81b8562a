/** The default policy's file text, as `hlm-recovery policy init` writes it (what "back to the default" restores). */
import { defaultPolicy } from '../../../../src/index';

export const DEFAULT_POLICY_TEXT = `${JSON.stringify(defaultPolicy, null, 2)}\n`;

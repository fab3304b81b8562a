/**
 * The messages of `hlm-recovery policy`: its subcommands (`policy init`), the file it will not
 * overwrite, and what it says once the default policy is written. File names, options and
 * commands stay as they are written, in both languages.
 *
 * @module
 */
import { define } from './define';

/** A message with no values. */
type None = Record<string, never>;

/** The usage of `policy init`, the same in both languages. */
const INIT_USAGE_FR = 'hlm-recovery policy init [--out <fichier>] [--force]';
const INIT_USAGE_EN = 'hlm-recovery policy init [--out <file>] [--force]';

/**
 * The messages of `hlm-recovery policy`, by code.
 *
 * @example
 * ```ts
 * POLICY_CMD_MESSAGES['policyCmd.exists'].en({ path: 'policy.json' });
 * // => 'policy.json already exists: add --force to replace it, or choose another file with --out'
 * ```
 */
export const POLICY_CMD_MESSAGES = Object.freeze({
  'policyCmd.subcommandMissing': define<None>({
    fr: () => `donnez une sous-commande\u00a0: ${INIT_USAGE_FR}`,
    en: () => `give a subcommand: ${INIT_USAGE_EN}`,
  }),
  'policyCmd.subcommandUnknown': define<{ subcommand: string }>({
    fr: (p) => `sous-commande inconnue «\u00a0${p.subcommand}\u00a0»\u00a0: ${INIT_USAGE_FR}`,
    en: (p) => `unknown subcommand "${p.subcommand}": ${INIT_USAGE_EN}`,
  }),
  'policyCmd.subcommandUnknownNear': define<{ subcommand: string; near: string }>({
    fr: (p) =>
      `sous-commande inconnue «\u00a0${p.subcommand}\u00a0» (vouliez-vous dire ${p.near}\u00a0?)\u00a0: ${INIT_USAGE_FR}`,
    en: (p) => `unknown subcommand "${p.subcommand}" (did you mean ${p.near}?): ${INIT_USAGE_EN}`,
  }),
  'policyCmd.exists': define<{ path: string }>({
    fr: (p) =>
      `${p.path} existe déjà\u00a0: ajoutez --force pour le remplacer, ou choisissez un autre fichier avec --out`,
    en: (p) => `${p.path} already exists: add --force to replace it, or choose another file with --out`,
  }),
  'policyCmd.written': define<{ path: string; versions: string }>({
    fr: (p) => `politique par défaut écrite dans ${p.path} (${p.versions})`,
    en: (p) => `default policy written to ${p.path} (${p.versions})`,
  }),
  'policyCmd.version': define<{ id: string; version: string; from: string }>({
    fr: (p) => `${p.id} ${p.version} en vigueur à partir du ${p.from}`,
    en: (p) => `${p.id} ${p.version} in force from ${p.from}`,
  }),
  'policyCmd.versionTo': define<{ id: string; version: string; from: string; to: string }>({
    fr: (p) => `${p.id} ${p.version} en vigueur du ${p.from} au ${p.to}`,
    en: (p) => `${p.id} ${p.version} in force from ${p.from} to ${p.to}`,
  }),
  'policyCmd.schema': define<{ schema: string }>({
    fr: (p) => `son $schema, pour les éditeurs\u00a0: ${p.schema}`,
    en: (p) => `its $schema, for editors: ${p.schema}`,
  }),
  'policyCmd.schemaAbsent': define<{ schema: string }>({
    fr: (p) =>
      `son $schema, pour les éditeurs\u00a0: ${p.schema} (absent pour l’instant\u00a0: installez hlm-recovery dans ce projet, npm install --save-dev hlm-recovery)`,
    en: (p) =>
      `its $schema, for editors: ${p.schema} (not there yet: install hlm-recovery in this project, npm install --save-dev hlm-recovery)`,
  }),
  'policyCmd.next': define<{ path: string }>({
    fr: (p) => `modifiez-la, puis vérifiez-la avec\u00a0: hlm-recovery validate ${p.path}`,
    en: (p) => `edit it, then check it with: hlm-recovery validate ${p.path}`,
  }),
});

/**
 * What the editor's build puts in place of `codemirror-json-schema/dist/parsers/index.js`, which
 * loads the JSON5 and YAML parsers (about 140 kB minified) besides the JSON one: the policy is
 * JSON, so every mode reads JSON.
 */
import { parseJSONDocumentState } from '../../../../../node_modules/codemirror-json-schema/dist/parsers/json-parser.js';

export const getDefaultParser = (_mode?: unknown) => parseJSONDocumentState;

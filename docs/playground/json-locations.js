// Where each value of a JSON text starts: a map from its JSON path to its line, so that an issue
// of the library (which names a path) is shown at the right line of the editor. A syntax error is
// thrown with its line and column.

export class JsonSyntaxError extends Error {
  constructor(message, line, column) {
    super(`line ${line}, column ${column}: ${message}`);
    this.line = line;
    this.column = column;
  }
}

/** @returns {Map<string, number>} JSON.stringify(path) → line (from 1) of the value. */
export function jsonLocations(text) {
  const lines = new Map();
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const fail = (message) => {
    throw new JsonSyntaxError(message, line, i - lineStart + 1);
  };
  const space = () => {
    for (;;) {
      const c = text[i];
      if (c === '\n') {
        line++;
        i++;
        lineStart = i;
      } else if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') i++;
      else return;
    }
  };
  const string = () => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\n') fail('a line break inside a string');
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail('a string that never ends');
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const value = (path) => {
    space();
    lines.set(JSON.stringify(path), line);
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail('expected a key in double quotes');
        const keyLine = line;
        const key = string();
        space();
        if (text[i] !== ':') fail(`expected ":" after "${key}"`);
        i++;
        value([...path, key]);
        // A key's line is where the key is written, which is where an editor looks for it.
        lines.set(JSON.stringify([...path, key]), keyLine);
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        value([...path, n]);
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail('expected "," or "]"');
      }
    }
    if (c === '"') return void string();
    const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail(c === undefined ? 'unexpected end of the text' : `unexpected "${c}"`);
    i += m[0].length;
  };
  value([]);
  space();
  if (i < text.length) fail('text after the end of the JSON value');
  return lines;
}

/** The line of `path`, or of its nearest ancestor that exists in the text. */
export function lineOf(locations, path) {
  for (let n = path.length; n >= 0; n--) {
    const hit = locations.get(JSON.stringify(path.slice(0, n)));
    if (hit !== undefined) return hit;
  }
  return 1;
}

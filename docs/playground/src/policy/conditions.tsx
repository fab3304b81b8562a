/**
 * A condition tree told in plain words: each fact by its name in the page's language, each test
 * by its operator (`Jours depuis le premier impayé : au moins [30] jours`). A test of a fact
 * against a plain value (a number, an amount, a date, yes or no) is edited in place; anything else
 * (a parameter, another fact, a list, a path inside a fact) is shown as it reads, with a link that
 * shows it in the JSON view.
 */
import { FACTS, formatPath, type PathSegment } from '../../../../src/index';
import { word, type WordKind } from '../../../../src/i18n';
import { getState } from '../store';
import { money, t } from '../text';
import { isObject, setAt } from './doc';
import { EditInJson, fieldId, FieldIssues } from './fields';

/** The mark a sentence is cut at, to put an input in it. */
const MARK = '\u0000';

/** The unit of a fact, as the catalogue names units (`EUR`, `days`…), or null. */
function unitOf(fact: string): string | null {
  const unit = (FACTS as Readonly<Record<string, { unit?: string }>>)[fact]?.unit ?? '';
  if (unit.startsWith('EUR')) return 'EUR';
  return ['days', 'months', 'years', 'persons'].includes(unit) ? unit : null;
}

const unitText = (unit: string | null) => (unit === null ? '' : ` ${t('playground.editor.unit', { unit })}`);

/** A parameter's value as a sentence shows it. */
function paramValue(p: unknown): string {
  if (!isObject(p)) return '?';
  const v = p.value;
  if (p.unit === 'EUR' && typeof v === 'string') {
    try {
      return money(v);
    } catch {
      return v;
    }
  }
  if (typeof v === 'boolean') return t(v ? 'playground.editor.yes' : 'playground.editor.no');
  const unit = typeof p.unit === 'string' && ['days', 'months', 'years'].includes(p.unit) ? unitText(p.unit) : '';
  return `${String(v)}${unit}`;
}

/** A value compared with a fact, as a sentence shows it (read-only). */
function valueText(value: unknown, fact: string, params: Readonly<Record<string, unknown>>): string {
  if (isObject(value) && typeof value.param === 'string')
    return t('playground.editor.cond.param', { name: value.param, value: paramValue(params[value.param]) });
  if (isObject(value) && typeof value.fact === 'string')
    return t('playground.editor.cond.factRef', { fact: t('playground.editor.fact', { fact: value.fact }) });
  if (Array.isArray(value)) return value.map((v) => valueText(v, fact, params)).join(', ');
  if (typeof value === 'boolean') return t(value ? 'playground.editor.yes' : 'playground.editor.no');
  const unit = unitOf(fact);
  if (unit === 'EUR' && typeof value === 'string') {
    try {
      return money(value);
    } catch {
      return value;
    }
  }
  return `${String(value)}${unitText(unit)}`;
}

/** A link to a parameter's field in the form (a threshold given by a parameter is edited there). */
function EditParameter({ path, name }: { path: readonly PathSegment[]; name: string }) {
  const at = formatPath([...path, 'parameters', name, 'value']);
  return (
    <button
      type="button"
      class="link edit-parameter"
      onClick={() => {
        const el = document.querySelector<HTMLElement>(`#policy-form [data-path="${CSS.escape(at)}"]`);
        el?.scrollIntoView({ block: 'center' });
        el?.focus();
      }}
    >
      {t('playground.editor.editParameter', { name })}
    </button>
  );
}

interface Props {
  readonly cond: unknown;
  readonly path: readonly PathSegment[];
  readonly params: Readonly<Record<string, unknown>>;
  /** The path of the version the condition is in (where its parameters are). */
  readonly base: readonly PathSegment[];
}

/** The facts whose values the catalogue has words for. */
const WORDS_OF: Readonly<Record<string, WordKind>> = { planKind: 'planKind', planStatus: 'planStatus', zone: 'zone' };

/** A value of a fact of closed values, in words when the catalogue has them: "tenu (kept)". */
function valueName(fact: string, value: string): string {
  const kind = Object.hasOwn(WORDS_OF, fact) ? WORDS_OF[fact] : undefined;
  const said = kind === undefined ? value : word(kind, value, getState().locale);
  return said === value ? value : `${said} (${value})`;
}

/** One test of a fact. */
function Test({ cond, path, params, base }: Props & { cond: Record<string, unknown> }) {
  const fact = String(cond.fact);
  const operator = String(cond.operator);
  const value = cond.value;
  const factLabel = t('playground.editor.fact', { fact });
  const [pre = '', post = ''] = t('playground.editor.cond.test', { fact: factLabel, test: MARK }).split(MARK);
  const plain = cond.path === undefined && cond.params === undefined;
  const valuePath = [...path, 'value'];
  let test: preact.JSX.Element | string;
  let editable = false;
  if (operator === 'isMissing' || operator === 'isPresent') {
    const missing = (operator === 'isMissing') === (value !== false);
    test = t(missing ? 'playground.editor.cond.missing' : 'playground.editor.cond.present');
    editable = true;
  } else if (plain && (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')) {
    editable = true;
    const [opPre = '', opPost = ''] = t('playground.editor.cond.op', { operator, value: MARK }).split(MARK);
    const unit = unitOf(fact);
    const label = t('playground.editor.cond.valueOf', { fact: factLabel });
    const id = fieldId(valuePath);
    const common = {
      id,
      'data-path': formatPath(valuePath),
      'aria-label': label,
      'aria-describedby': `${fieldId(path)}-issues`,
    };
    // A fact of closed values (planStatus, tenancy…) offers them in a list: no typing mistake.
    const closed = Object.hasOwn(FACTS, fact) ? FACTS[fact]?.values : undefined;
    const input =
      typeof value === 'string' && closed !== undefined && closed.includes(value) ? (
        <select {...common} value={value} onChange={(e) => setAt(valuePath, e.currentTarget.value)}>
          {closed.map((v) => (
            <option key={v} value={v}>
              {valueName(fact, v)}
            </option>
          ))}
        </select>
      ) : typeof value === 'boolean' ? (
        <select {...common} value={String(value)} onChange={(e) => setAt(valuePath, e.currentTarget.value === 'true')}>
          <option value="true">{t('playground.editor.yes')}</option>
          <option value="false">{t('playground.editor.no')}</option>
        </select>
      ) : typeof value === 'number' ? (
        <input
          {...common}
          type="number"
          class="threshold"
          value={String(value)}
          onInput={(e) => {
            const v = e.currentTarget.value.trim();
            if (v !== '' && Number.isFinite(Number(v))) setAt(valuePath, Number(v));
          }}
        />
      ) : (
        <input
          {...common}
          type="text"
          class="threshold"
          inputMode={unit === 'EUR' ? 'decimal' : 'text'}
          size={Math.max(6, value.length + 1)}
          value={value}
          onInput={(e) => setAt(valuePath, e.currentTarget.value)}
        />
      );
    test = (
      <>
        {opPre}
        {input}
        {unitText(unit)}
        {opPost}
      </>
    );
  } else {
    test = t('playground.editor.cond.op', { operator, value: valueText(value, fact, params) });
    if (typeof cond.path === 'string') test = `${test} ${t('playground.editor.cond.path', { path: cond.path })}`;
  }
  return (
    <span class="test">
      {pre}
      {test}
      {post}
      {!editable &&
        (isObject(value) && typeof value.param === 'string' && Object.hasOwn(params, value.param) && plain ? (
          <>
            {' '}
            <EditParameter path={base} name={value.param} />
          </>
        ) : (
          <>
            {' '}
            <EditInJson path={valuePath} />
          </>
        ))}
    </span>
  );
}

/** A condition tree, in plain words. */
export function ConditionView({ cond, path, params, base }: Props) {
  const key = formatPath(path);
  const body = (() => {
    if (cond === undefined) return <span>{t('playground.editor.cond.always')}</span>;
    if (!isObject(cond)) return <EditInJson path={path} />;
    for (const kind of ['all', 'any'] as const) {
      const list = cond[kind];
      if (Array.isArray(list)) {
        if (list.length === 1 && kind === 'all')
          return <ConditionView cond={list[0]} path={[...path, kind, 0]} params={params} base={base} />;
        return (
          <>
            <span>{t(`playground.editor.cond.${kind}`)}</span>
            <ul>
              {list.map((c, i) => (
                <li key={i}>
                  <ConditionView cond={c} path={[...path, kind, i]} params={params} base={base} />
                </li>
              ))}
            </ul>
          </>
        );
      }
    }
    if ('not' in cond)
      return (
        <>
          <span>{t('playground.editor.cond.not')}</span>{' '}
          <ConditionView cond={cond.not} path={[...path, 'not']} params={params} base={base} />
        </>
      );
    if (typeof cond.fact === 'string') return <Test cond={cond} path={path} params={params} base={base} />;
    return <EditInJson path={path} />;
  })();
  const leaf = isObject(cond) && typeof cond.fact === 'string';
  return (
    <div class="condition" data-path={key} tabIndex={-1} id={fieldId(path)}>
      {body}
      <FieldIssues path={path} exact={!leaf} id={`${fieldId(path)}-issues`} />
    </div>
  );
}

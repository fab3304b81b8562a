/**
 * The form over the policy: the version edited, its parameters, its levels and their thresholds,
 * the channels by tenant profile, the cadence, the escalation ladder, the plan limits, the
 * department overrides and the message templates with their SMS count. Each input edits the same
 * JSON as the JSON view (see `doc.ts`); what the form does not edit simply is shown in plain words
 * with a link to its place in the JSON.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  ChannelSchema,
  formatPath,
  type PathSegment,
  RoleSchema,
  smsSegments,
  TenantChannelSchema,
} from '../../../../src/index';
import { worstSmsOf } from '../../../../src/rules/check-messages';
import type { Policy } from '../../../../src/rules/policy-schema';
import { useSelect } from '../store';
import { count, counted, date, t } from '../text';
import { ConditionView } from './conditions';
import { isObject, setAt, useDoc, valueAt, type Json } from './doc';
import { CheckField, EditInJson, FieldIssues, fieldId, IntegerField, SelectField, TextField } from './fields';
import { parsePath } from './json-view';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const MAX_SMS = 2;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Json => (isObject(v) ? v : {});
const channelLabel = (channel: string) => t('playground.channel', { channel });

// ----- The version edited, shared with the reveal of a path in another version.
let versionShown = 0;
const versionListeners = new Set<(n: number) => void>();
function showVersion(n: number): void {
  versionShown = n;
  for (const l of versionListeners) l(n);
}
function useVersionShown(): number {
  const [n, set] = useState(versionShown);
  useEffect(() => {
    versionListeners.add(set);
    return () => {
      versionListeners.delete(set);
    };
  }, []);
  return n;
}

/**
 * Focuses the field of a path in the form (or the nearest field above it), showing its version
 * first. Returns false when the form has no place for it (the JSON view shows it then).
 */
export function revealInForm(path: string): boolean {
  const segments = parsePath(path);
  if (segments[0] === 'versions' && typeof segments[1] === 'number' && segments[1] !== versionShown)
    showVersion(segments[1]);
  const find = (): HTMLElement | null => {
    for (let n = segments.length; n >= (segments[0] === 'versions' ? 3 : 1); n--) {
      const el = document.querySelector<HTMLElement>(
        `#policy-form [data-path="${CSS.escape(formatPath(segments.slice(0, n)))}"]`,
      );
      if (el) return el;
    }
    return null;
  };
  const go = (el: HTMLElement) => {
    el.scrollIntoView({ block: 'center' });
    el.focus();
  };
  const el = find();
  if (el) {
    go(el);
    return true;
  }
  // A version just shown is drawn on the next frame.
  return false;
}

/** A section of the form. */
function Section(props: { id: string; title: string; help?: string; children: preact.ComponentChildren }) {
  return (
    <section class="form-section" aria-labelledby={`${props.id}-title`} id={props.id}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      {props.help && <p class="help">{props.help}</p>}
      {props.children}
    </section>
  );
}

/** The version picker and the fields of the version. */
function Versions({ doc, index }: { doc: Json; index: number }) {
  const asOf = useSelect((s) => s.asOf);
  const versions = list(doc.versions);
  const inForce = versions.findIndex(
    (v) =>
      isObject(v) &&
      typeof v.effectiveFrom === 'string' &&
      v.effectiveFrom <= asOf &&
      (typeof v.effectiveTo !== 'string' || asOf < v.effectiveTo),
  );
  const fmt = (d: unknown) => (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? date(d) : String(d ?? '?'));
  return (
    <div class="versions">
      {versions.length > 1 && (
        <label>
          {t('playground.editor.version.pick')}{' '}
          <select
            id="policy-version"
            value={String(index)}
            onChange={(e) => showVersion(Number(e.currentTarget.value))}
          >
            {versions.map((v, i) => {
              const o = obj(v);
              const text = t('playground.editor.version.option', {
                version: String(o.version ?? i),
                from: fmt(o.effectiveFrom),
                to: typeof o.effectiveTo === 'string' ? fmt(o.effectiveTo) : null,
              });
              return (
                <option key={i} value={String(i)}>
                  {i === inForce ? `${text} ${t('playground.editor.version.inForce', { date: date(asOf) })}` : text}
                </option>
              );
            })}
          </select>
        </label>
      )}
      {inForce < 0 && <p class="note">{t('playground.editor.version.none', { date: date(asOf) })}</p>}
    </div>
  );
}

function VersionFields({ v, base }: { v: Json; base: PathSegment[] }) {
  return (
    <div class="grid">
      <TextField path={[...base, 'version']} label={t('playground.editor.version.label')} value={v.version} size={10} />
      <TextField
        path={[...base, 'label']}
        label={t('playground.editor.version.name')}
        value={v.label}
        optional
        size={40}
      />
      <TextField
        path={[...base, 'effectiveFrom']}
        type="date"
        label={t('playground.editor.version.from')}
        value={v.effectiveFrom}
      />
      <TextField
        path={[...base, 'effectiveTo']}
        type="date"
        label={t('playground.editor.version.to')}
        value={v.effectiveTo ?? undefined}
        optional
      />
    </div>
  );
}

/** A parameter's value, by its unit. */
function ParameterValue({ path, p, label }: { path: PathSegment[]; p: Json; label: string }) {
  const valuePath = [...path, 'value'];
  if (typeof p.value === 'boolean') return <CheckField path={valuePath} label={label} hideLabel value={p.value} />;
  if (typeof p.value === 'number') return <IntegerField path={valuePath} label={label} hideLabel value={p.value} />;
  return (
    <TextField
      path={valuePath}
      label={label}
      hideLabel
      value={p.value}
      type={p.unit === 'date' ? 'date' : 'text'}
      inputMode={p.unit === 'EUR' || p.unit === 'ratio' ? 'decimal' : 'text'}
      size={12}
    />
  );
}

function Parameters({ params, base }: { params: Json; base: PathSegment[] }) {
  const names = Object.keys(params);
  if (names.length === 0) return null;
  return (
    <Section
      id="form-parameters"
      title={t('playground.editor.parameters')}
      help={t('playground.editor.parameters.help')}
    >
      <table class="form-table">
        <thead>
          <tr>
            <th scope="col">{t('playground.editor.parameter.name')}</th>
            <th scope="col">{t('playground.editor.parameter.value')}</th>
            <th scope="col">{t('playground.editor.parameter.description')}</th>
          </tr>
        </thead>
        <tbody>
          {names.map((name) => {
            const p = obj(params[name]);
            const unit =
              typeof p.unit === 'string' &&
              p.unit !== 'count' &&
              p.unit !== 'ratio' &&
              p.unit !== 'text' &&
              p.unit !== 'boolean' &&
              p.unit !== 'date'
                ? t('playground.editor.unit', { unit: p.unit })
                : '';
            return (
              <tr key={name}>
                <th scope="row">
                  <code>{name}</code>
                </th>
                <td>
                  <ParameterValue
                    path={[...base, 'parameters', name]}
                    p={p}
                    label={t('playground.editor.parameter.valueOf', { name })}
                  />{' '}
                  {unit}
                </td>
                <td class="description">{typeof p.description === 'string' ? p.description : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}

function Levels({ v, base, params }: { v: Json; base: PathSegment[]; params: Json }) {
  const levels = list(v.levels);
  return (
    <Section id="form-levels" title={t('playground.editor.levels')} help={t('playground.editor.levels.help')}>
      <table class="form-table" id="levels-table">
        <thead>
          <tr>
            <th scope="col">{t('playground.editor.level.rank')}</th>
            <th scope="col">{t('playground.editor.level.label')}</th>
            <th scope="col">{t('playground.editor.level.conditions')}</th>
          </tr>
        </thead>
        <tbody>
          {levels.map((l, i) => {
            const level = obj(l);
            const path = [...base, 'levels', i];
            return (
              <tr key={i} data-level={String(level.id ?? '')}>
                <td>
                  <IntegerField
                    path={[...path, 'rank']}
                    label={t('playground.editor.level.rank')}
                    hideLabel
                    value={level.rank}
                    min={0}
                    max={100}
                    class="narrow"
                  />
                </td>
                <td>
                  <TextField
                    path={[...path, 'label']}
                    label={t('playground.editor.level.labelOf', { id: String(level.id ?? i) })}
                    hideLabel
                    value={level.label}
                    size={30}
                  />
                  <FieldIssues path={path} />
                </td>
                <td>
                  {level.conditions === undefined && i === 0 ? (
                    <span>{t('playground.editor.level.base')}</span>
                  ) : (
                    <ConditionView cond={level.conditions} path={[...path, 'conditions']} params={params} base={base} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FieldIssues path={[...base, 'levels']} />
    </Section>
  );
}

/** An ordered list of channels: one select each, a button to remove it, a select to add one. */
function ChannelList({ path, value, of }: { path: PathSegment[]; value: unknown; of: string }) {
  const channels = list(value).map(String);
  const options = TenantChannelSchema.options.map((c) => ({ value: c, label: channelLabel(c) }));
  return (
    <div class="channel-list" data-path={formatPath(path)} tabIndex={-1} id={fieldId(path)}>
      <ol>
        {channels.map((c, i) => (
          <li key={i}>
            <SelectField
              path={[...path, i]}
              label={t('playground.editor.channels.at', { n: i + 1, of })}
              hideLabel
              value={c}
              options={options}
            />
            <button
              type="button"
              class="remove"
              aria-label={t('playground.editor.channels.remove', { n: i + 1, of })}
              title={t('playground.editor.channels.remove', { n: i + 1, of })}
              onClick={() => setAt([...path, i], undefined)}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <select
        aria-label={t('playground.editor.channels.add', { of })}
        value=""
        onChange={(e) => {
          const c = e.currentTarget.value;
          if (c) setAt([...path, channels.length], c);
          e.currentTarget.value = '';
        }}
      >
        <option value="">{t('playground.editor.channels.addOption')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldIssues path={path} />
    </div>
  );
}

function Channels({ v, base, params }: { v: Json; base: PathSegment[]; params: Json }) {
  const channels = obj(v.channels);
  const rules = list(channels.rules);
  return (
    <Section id="form-channels" title={t('playground.editor.channels')} help={t('playground.editor.channels.help')}>
      <table class="form-table">
        <thead>
          <tr>
            <th scope="col">{t('playground.editor.channels.rule')}</th>
            <th scope="col">{t('playground.editor.channels.profile')}</th>
            <th scope="col">{t('playground.editor.channels.use')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r, i) => {
            const rule = obj(r);
            const path = [...base, 'channels', 'rules', i];
            return (
              <tr key={i}>
                <th scope="row">
                  <code>{String(rule.id ?? i)}</code>
                  <FieldIssues path={[...path, 'id']} />
                </th>
                <td>
                  <ConditionView cond={rule.conditions} path={[...path, 'conditions']} params={params} base={base} />
                </td>
                <td>
                  <ChannelList path={[...path, 'use']} value={rule.use} of={String(rule.id ?? i)} />
                </td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">—</th>
            <td>{t('playground.editor.channels.fallback')}</td>
            <td>
              <ChannelList
                path={[...base, 'channels', 'fallback']}
                value={channels.fallback}
                of={t('playground.editor.channels.fallback')}
              />
            </td>
          </tr>
        </tbody>
      </table>
    </Section>
  );
}

function Cadence({ v, base }: { v: Json; base: PathSegment[] }) {
  const c = obj(v.cadence);
  const path = [...base, 'cadence'];
  const days = list(c.contactDays).map(String);
  const byLevel = obj(c.byLevel);
  return (
    <Section id="form-cadence" title={t('playground.editor.cadence')}>
      <div class="grid">
        <IntegerField
          path={[...path, 'minDaysBetweenContacts']}
          label={t('playground.editor.cadence.min')}
          value={c.minDaysBetweenContacts}
          min={1}
          max={90}
        />
        <IntegerField
          path={[...path, 'maxDaysBetweenContacts']}
          label={t('playground.editor.cadence.max')}
          value={c.maxDaysBetweenContacts}
          min={1}
          max={180}
        />
        <IntegerField
          path={[...path, 'maxContactsPer7Days']}
          label={t('playground.editor.cadence.perWeek')}
          value={c.maxContactsPer7Days}
          min={1}
          max={14}
        />
      </div>
      <fieldset class="days" data-path={formatPath([...path, 'contactDays'])} tabIndex={-1}>
        <legend>{t('playground.editor.cadence.days')}</legend>
        {DAYS.map((d) => {
          const id = fieldId([...path, 'contactDays', d]);
          return (
            <span class="check" key={d}>
              <input
                id={id}
                type="checkbox"
                checked={days.includes(d)}
                onChange={(e) => {
                  const next = e.currentTarget.checked ? [...days, d] : days.filter((x) => x !== d);
                  setAt(
                    [...path, 'contactDays'],
                    DAYS.filter((x) => next.includes(x)),
                  );
                }}
              />
              <label for={id}>{t('playground.editor.cadence.day', { day: d })}</label>
            </span>
          );
        })}
        <FieldIssues path={[...path, 'contactDays']} exact={false} />
      </fieldset>
      <div class="grid">
        <TextField
          path={[...path, 'contactHours', 'from']}
          type="time"
          label={t('playground.editor.cadence.from')}
          value={obj(c.contactHours).from}
        />
        <TextField
          path={[...path, 'contactHours', 'to']}
          type="time"
          label={t('playground.editor.cadence.to')}
          value={obj(c.contactHours).to}
        />
      </div>
      {Object.keys(byLevel).length > 0 && (
        <>
          <h4>{t('playground.editor.cadence.byLevel')}</h4>
          <table class="form-table">
            <thead>
              <tr>
                <th scope="col">{t('playground.editor.level.label')}</th>
                <th scope="col">{t('playground.editor.cadence.min')}</th>
                <th scope="col">{t('playground.editor.cadence.max')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(byLevel).map(([level, delays]) => (
                <tr key={level}>
                  <th scope="row">
                    <code>{level}</code>
                  </th>
                  <td>
                    <IntegerField
                      path={[...path, 'byLevel', level, 'minDaysBetweenContacts']}
                      label={`${t('playground.editor.cadence.min')} (${level})`}
                      hideLabel
                      value={obj(delays).minDaysBetweenContacts}
                    />
                  </td>
                  <td>
                    <IntegerField
                      path={[...path, 'byLevel', level, 'maxDaysBetweenContacts']}
                      label={`${t('playground.editor.cadence.max')} (${level})`}
                      hideLabel
                      value={obj(delays).maxDaysBetweenContacts}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <FieldIssues path={path} />
    </Section>
  );
}

function Steps({ v, base, params }: { v: Json; base: PathSegment[]; params: Json }) {
  const steps = list(v.steps);
  const channelOptions = [
    ...ChannelSchema.options.map((c) => ({ value: c, label: channelLabel(c) })),
    { value: 'profile', label: t('playground.editor.step.profile') },
  ];
  const roleOptions = RoleSchema.options.map((r) => ({ value: r, label: t('playground.editor.role', { role: r }) }));
  return (
    <Section id="form-steps" title={t('playground.editor.steps')} help={t('playground.editor.steps.help')}>
      <table class="form-table" id="steps-table">
        <thead>
          <tr>
            <th scope="col">{t('playground.editor.step.n')}</th>
            <th scope="col">{t('playground.editor.step.label')}</th>
            <th scope="col">{t('playground.editor.step.conditions')}</th>
            <th scope="col">{t('playground.editor.step.channel')}</th>
            <th scope="col">{t('playground.editor.step.approval')}</th>
            <th scope="col">{t('playground.editor.step.role')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => {
            const step = obj(s);
            const path = [...base, 'steps', i];
            const id = String(step.id ?? i);
            return (
              <tr key={i} data-step={id}>
                <td>{count(i + 1)}</td>
                <td>
                  <TextField
                    path={[...path, 'label']}
                    label={t('playground.editor.step.labelOf', { id })}
                    hideLabel
                    value={step.label}
                    lines={2}
                  />
                  <span class="kind">{t('playground.editor.step.kind', { kind: String(step.kind ?? '') })}</span>
                  <FieldIssues path={path} />
                  <FieldIssues path={[...path, 'kind']} />
                  <FieldIssues path={[...path, 'requires']} exact={false} />
                </td>
                <td>
                  <ConditionView cond={step.conditions} path={[...path, 'conditions']} params={params} base={base} />
                </td>
                <td>
                  <SelectField
                    path={[...path, 'channel']}
                    label={t('playground.editor.step.channelOf', { id })}
                    hideLabel
                    value={step.channel}
                    options={channelOptions}
                  />
                </td>
                <td>
                  <CheckField
                    path={[...path, 'humanApproval']}
                    label={t('playground.editor.step.approvalOf', { id })}
                    hideLabel
                    value={step.humanApproval}
                  />
                </td>
                <td>
                  <SelectField
                    path={[...path, 'role']}
                    label={t('playground.editor.step.roleOf', { id })}
                    hideLabel
                    value={step.role}
                    options={roleOptions}
                    unset={t('playground.editor.step.roleDefault')}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FieldIssues path={[...base, 'steps']} />
    </Section>
  );
}

/** The fields of plan limits (of the policy, or of an override). */
function PlanFields({ plans, path }: { plans: Json; path: PathSegment[] }) {
  const unset = t('playground.editor.plans.unset');
  const label = (k: string) => t(`playground.editor.plans.${k}`);
  return (
    <div class="grid">
      <TextField
        path={[...path, 'maxEffortRate']}
        label={label('maxEffortRate')}
        value={plans.maxEffortRate}
        optional
        inputMode="decimal"
        size={8}
      />
      <CheckField
        path={[...path, 'effortRateBinding']}
        label={label('effortRateBinding')}
        value={plans.effortRateBinding}
      />
      <TextField
        path={[...path, 'minResteAVivrePerUnit']}
        label={label('minResteAVivrePerUnit')}
        value={plans.minResteAVivrePerUnit}
        optional
        inputMode="decimal"
        size={10}
      />
      <TextField
        path={[...path, 'minInstalment']}
        label={label('minInstalment')}
        value={plans.minInstalment}
        optional
        inputMode="decimal"
        size={10}
      />
      <IntegerField
        path={[...path, 'maxDurationMonths']}
        label={label('maxDurationMonths')}
        value={plans.maxDurationMonths}
        optional
        min={1}
        max={84}
      />
      <IntegerField
        path={[...path, 'brokenAfterUnpaid']}
        label={label('brokenAfterUnpaid')}
        value={plans.brokenAfterUnpaid}
        optional
        min={1}
        max={12}
      />
      <CheckField
        path={[...path, 'allowSmallerLastInstalment']}
        label={label('allowSmallerLastInstalment')}
        value={plans.allowSmallerLastInstalment}
      />
      <SelectField
        path={[...path, 'style']}
        label={label('style')}
        value={plans.style}
        unset={unset}
        options={['shortest', 'caf-36'].map((s) => ({ value: s, label: label(`style.${s}`) }))}
      />
      <SelectField
        path={[...path, 'dueDateRule']}
        label={label('dueDateRule')}
        value={plans.dueDateRule}
        unset={unset}
        options={['none', 'next-business-day'].map((s) => ({ value: s, label: label(`dueDateRule.${s}`) }))}
      />
    </div>
  );
}

function Overrides({ v, base }: { v: Json; base: PathSegment[] }) {
  const overrides = list(v.overrides);
  const path = [...base, 'overrides'];
  return (
    <Section id="form-overrides" title={t('playground.editor.overrides')}>
      {overrides.length === 0 && <p>{t('playground.editor.overrides.none')}</p>}
      {overrides.map((o, i) => {
        const override = obj(o);
        const at = [...path, i];
        const oParams = obj(override.parameters);
        return (
          <fieldset key={i} class="override">
            <legend>{t('playground.editor.overrides.departments', { n: i + 1 })}</legend>
            <span class="field">
              <input
                id={fieldId([...at, 'departments'])}
                data-path={formatPath([...at, 'departments'])}
                aria-label={t('playground.editor.overrides.departments', { n: i + 1 })}
                value={list(override.departments).join(', ')}
                onChange={(e) =>
                  setAt(
                    [...at, 'departments'],
                    e.currentTarget.value
                      .split(/[,\s]+/)
                      .map((d) => d.trim())
                      .filter((d) => d !== ''),
                  )
                }
              />
              <FieldIssues path={[...at, 'departments']} exact={false} />
            </span>
            {Object.keys(oParams).length > 0 && (
              <>
                <h4>{t('playground.editor.overrides.parameters')}</h4>
                <ul class="plain">
                  {Object.keys(oParams).map((name) => (
                    <li key={name}>
                      <code>{name}</code>{' '}
                      <ParameterValue
                        path={[...at, 'parameters', name]}
                        p={obj(oParams[name])}
                        label={`${t('playground.editor.parameter.valueOf', { name })} (${i + 1})`}
                      />
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h4>{t('playground.editor.overrides.plans')}</h4>
            <PlanFields plans={obj(override.plans)} path={[...at, 'plans']} />
            <button type="button" onClick={() => setAt(at, undefined)}>
              {t('playground.editor.overrides.remove', { n: i + 1 })}
            </button>
            <FieldIssues path={at} />
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() => setAt([...path, overrides.length], { departments: ['93'], parameters: {}, plans: {} })}
      >
        {t('playground.editor.overrides.add')}
      </button>
    </Section>
  );
}

/**
 * The live count of an SMS template's segments, filled in at its longest as the policy check
 * counts it (the text as written when the version is not yet valid enough to fill it).
 */
function SmsCount({ text, id, v }: { text: string; id: string; v: Json }) {
  let worst: ReturnType<typeof worstSmsOf> = null;
  try {
    worst = worstSmsOf(v as unknown as Policy, text);
  } catch {
    // Parameters not yet valid: the text as written.
  }
  const c = worst ?? smsSegments(text);
  return (
    <p class={`sms-count ${c.segments > MAX_SMS ? 'bad' : ''}`} id={id} aria-live="polite">
      {counted('playground.editor.sms.count', c.segments, { encoding: c.encoding, length: count(c.length) })}
      {c.nonGsm !== null && c.encoding === 'UCS-2' && (
        <>
          {' — '}
          {t('playground.editor.sms.nonGsm', { char: c.nonGsm })}
        </>
      )}
      {c.segments > MAX_SMS && (
        <>
          {' — '}
          {t('playground.editor.sms.tooLong', { max: MAX_SMS })}
        </>
      )}
    </p>
  );
}

/** A template's text: one string, or its lines (edited as one text, written back as lines). */
function TemplateText({ path, value, label }: { path: PathSegment[]; value: unknown; label: string }) {
  const id = fieldId(path);
  const lines = Array.isArray(value);
  const text = lines ? (value as unknown[]).join('\n') : String(value ?? '');
  return (
    <span class="field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        data-path={formatPath(path)}
        rows={Math.min(12, text.split('\n').length + 1)}
        value={text}
        onInput={(e) => {
          const v = e.currentTarget.value;
          setAt(path, lines ? v.split('\n') : v);
        }}
      />
      <FieldIssues path={path} exact={false} />
    </span>
  );
}

const TEXT_CHANNELS = ['letter', 'registered-letter', 'phone', 'appointment', 'home-visit'] as const;

function Messages({ v, base }: { v: Json; base: PathSegment[] }) {
  const messages = list(v.messages);
  if (messages.length === 0) return null;
  return (
    <Section id="form-messages" title={t('playground.editor.messages')} help={t('playground.editor.messages.help')}>
      <p class="help">{t('playground.editor.sms.limits')}</p>
      {messages.map((m, i) => {
        const message = obj(m);
        const path = [...base, 'messages', i];
        const email = obj(message.email);
        const smsId = `${fieldId([...path, 'sms'])}-count`;
        return (
          <fieldset key={i} class="template">
            <legend>
              {t('playground.editor.message.heading', {
                step: String(message.step ?? '?'),
                locale: String(message.locale ?? 'fr'),
                from: Number(message.fromContact ?? 1),
              })}
            </legend>
            {typeof message.sms === 'string' && (
              <span class="field">
                <label for={fieldId([...path, 'sms'])}>
                  {t('playground.editor.message.channel', { channel: 'sms' })}
                </label>
                <textarea
                  id={fieldId([...path, 'sms'])}
                  data-path={formatPath([...path, 'sms'])}
                  aria-describedby={smsId}
                  rows={3}
                  value={message.sms}
                  onInput={(e) => setAt([...path, 'sms'], e.currentTarget.value)}
                />
                <SmsCount text={message.sms} id={smsId} v={v} />
                <FieldIssues path={[...path, 'sms']} />
              </span>
            )}
            {message.email !== undefined && (
              <>
                <TextField
                  path={[...path, 'email', 'subject']}
                  label={t('playground.editor.message.channel', { channel: 'email.subject' })}
                  value={email.subject}
                  size={60}
                />
                <TemplateText
                  path={[...path, 'email', 'text']}
                  value={email.text}
                  label={t('playground.editor.message.channel', { channel: 'email.text' })}
                />
              </>
            )}
            {TEXT_CHANNELS.filter((c) => message[c] !== undefined).map((c) => (
              <TemplateText
                key={c}
                path={[...path, c]}
                value={message[c]}
                label={t('playground.editor.message.channel', { channel: c })}
              />
            ))}
            <FieldIssues path={path} />
          </fieldset>
        );
      })}
    </Section>
  );
}

/** The form over the policy being edited. */
export function PolicyForm() {
  const doc = useDoc();
  const shown = useVersionShown();
  useSelect((s) => s.locale);
  if (doc === undefined)
    return (
      <div id="policy-form">
        <p class="note">{t('playground.editor.notJson')}</p>
      </div>
    );
  if (!isObject(doc))
    return (
      <div id="policy-form">
        <p class="note">{t('playground.editor.notPolicy')}</p>
      </div>
    );
  const isSet = 'versions' in doc;
  const versions = isSet ? list(doc.versions) : [doc];
  const index = Math.min(shown, Math.max(0, versions.length - 1));
  const base: PathSegment[] = isSet ? ['versions', index] : [];
  const v = obj(valueAt(doc, base));
  const params = obj(v.parameters);
  if (isSet && versions.length === 0)
    return (
      <div id="policy-form">
        <p class="note">{t('playground.editor.notPolicy')}</p>
        <EditInJson path={['versions']} />
      </div>
    );
  return (
    <div id="policy-form">
      <Section id="form-version" title={t('playground.editor.versions')}>
        {isSet && <Versions doc={doc} index={index} />}
        <VersionFields v={v} base={base} />
        <FieldIssues path={base} />
      </Section>
      <Parameters params={params} base={base} />
      <Levels v={v} base={base} params={params} />
      <Channels v={v} base={base} params={params} />
      <Cadence v={v} base={base} />
      <Steps v={v} base={base} params={params} />
      <Section id="form-plans" title={t('playground.editor.plans')}>
        <PlanFields plans={obj(v.plans)} path={[...base, 'plans']} />
        <FieldIssues path={[...base, 'plans']} />
      </Section>
      <Overrides v={v} base={base} />
      <Messages v={v} base={base} />
    </div>
  );
}

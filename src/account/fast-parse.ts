/**
 * The fast path of `parseAccount`: one hand-written pass over an account that accepts exactly
 * what the input guard (`findUnsafeKeys`) and `AccountSchema` accept together, and returns the
 * very value zod returns. It never reports a problem: whatever it does not accept gives
 * `undefined`, and `safeParseAccount` then runs the guard and zod, which stay the reference and
 * write the issues. A refusal here only costs time, so every doubt refuses.
 *
 * Read it side by side with `schema.ts`: one reader per schema, in the same order, each reading
 * the fields in the order of the shape, with the schema's own constants (patterns, limits, lists
 * of values, the keys of each shape) and the same date and department checks.
 *
 * What it repeats of zod 4:
 * - an object is anything of `typeof 'object'` but `null` and arrays (zod's `isObject`: a class
 *   instance, a `Date` or a null-prototype object too). Each field is read once, as
 *   `object[key]`; an `undefined` one is present when `key in object` (inherited and
 *   non-enumerable keys included), as zod reads them. Every key a `for…in` loop yields must be a
 *   key of the shape (zod's strict objects).
 * - the parsed value is a new object holding the keys of the shape that are present, in the order
 *   of the shape (not of the input); an optional key present with the value `undefined` is kept,
 *   with `undefined`; `null` stays where the schema is nullable.
 * - a list is read by index up to its `length` into a new array (a hole reads as `undefined`,
 *   which every item schema refuses); other properties of an array are not read.
 * - strings, numbers and booleans are kept as they are (`-0` too).
 *
 * What it repeats of the guard: accepted data holds no forbidden key (none is a key of a shape)
 * and nests four levels at most (an id in the `settles` of a posting), far below
 * `MAX_INPUT_DEPTH`. Its values are counted as the guard counts them, or more: the guard walks the
 * own enumerable keys, and here a key `for…in` yields from a prototype, or a value below a key
 * that is not enumerable, counts too. So an account the guard would refuse for its size never
 * passes, and the count is checked after each item of a list, so that a huge one stops as early
 * as the guard would.
 *
 * Every part of the schema is covered; none is sent to zod as a whole. The one assumption zod
 * does not make: a field read twice gives the same value (a getter that changes its answer, a
 * `Proxy` that lies, are outside the contract; zod and the guard read such a field twice too).
 *
 * @module
 */
import { isIsoDate, zoneOfDepartment } from '../calendar';
import { PAYER_EVENT_KINDS } from '../law';
import { AMOUNT_PATTERN, SIGNED_AMOUNT_PATTERN } from '../money/patterns';
import {
  APPROVAL_DECISIONS,
  AccountSchema,
  ApprovalSchema,
  BENEFIT_PAYEES,
  CONTACT_OUTCOMES,
  CesfAssessmentSchema,
  ChannelSchema,
  ContactSchema,
  DATE_PATTERN,
  DigitalSchema,
  HOUSING_BENEFIT_KINDS,
  HouseholdSchema,
  HousingBenefitSchema,
  InstalmentSchema,
  JUDGMENTS,
  LANGUAGE_PATTERN,
  LeaseSchema,
  MAX_AGE,
  MAX_DUE_DAY,
  MAX_EMAIL_LENGTH,
  MAX_HOUSEHOLD_NAME_LENGTH,
  MAX_LEDGER_LENGTH,
  MAX_LIST_LENGTH,
  MAX_MANDATAIRE_NAME_LENGTH,
  MAX_MEMBERS,
  MAX_PERIOD_DAYS,
  MAX_PERIOD_MONTHS,
  MAX_PERIOD_WEEKS,
  MAX_PHONE_LENGTH,
  MAX_POSTAL_ADDRESS_LENGTH,
  MAX_POSTING_ID_LENGTH,
  MAX_PREFERRED_CHANNELS,
  MAX_ROOMS,
  MAX_SETTLED_POSTINGS,
  MAX_STEP_LENGTH,
  MEMBER_ROLES,
  MandataireSchema,
  MemberSchema,
  PROTECTIVE_MEASURES,
  PayerEventSchema,
  PeriodSchema,
  PostingKindSchema,
  PostingSchema,
  ProcedureSchema,
  PromiseSchema,
  ProtectionSchema,
  REPAYMENT_PLAN_KINDS,
  RepaymentPlanSchema,
  VulnerabilitySchema,
  isAccountId,
  type Account,
} from './schema';

/** The fields of an object being read. */
type Fields = Record<string, unknown>;

/** The values counted so far, as the guard counts them (or more), and the most it accepts. */
interface Tally {
  values: number;
  readonly max: number;
}

// ---------------------------------------------------------------------------------------------
// What zod does with every object and list.
// ---------------------------------------------------------------------------------------------

/** zod's test for an object: not `null`, not an array. */
function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The keys of a shape: in their order, and as a table without a prototype (no `constructor` in it). */
interface Keys {
  readonly order: readonly string[];
  readonly table: Readonly<Record<string, true>>;
}

/** The keys of a zod object, read from its shape. */
function keysOf(schema: { readonly shape: object }): Keys {
  const order = Object.keys(schema.shape);
  const table = Object.create(null) as Record<string, true>;
  for (const key of order) table[key] = true;
  return { order, table };
}

/**
 * zod's strict check: every key a `for…in` loop yields (own or inherited, enumerable) is a key of
 * the shape. Counts them as values: the guard counts the own enumerable ones, never more.
 */
function strict(value: Fields, keys: Keys, tally: Tally): boolean {
  const { order, table } = keys;
  let count = 0;
  let next = 0;
  for (const key in value) {
    // Keys mostly come in the order of the shape: each is looked for further along it (comparing
    // two key names is cheap), and in the table only when it is not there.
    while (next < order.length && order[next] !== key) next++;
    if (next < order.length) next++;
    else if (table[key] === true) next = 0;
    else return false;
    count++;
  }
  tally.values += count;
  return true;
}

/**
 * Reads a list of at most `max` items into a new array, each with `read` (which gives
 * `undefined` for an item zod refuses). The count is checked after each item, so that a huge
 * list stops as soon as the guard would.
 */
function list<T>(
  value: unknown,
  max: number,
  read: (item: unknown, tally: Tally) => T | undefined,
  tally: Tally,
): T[] | undefined {
  if (!Array.isArray(value) || value.length > max) return undefined;
  const length = value.length;
  tally.values += length;
  if (tally.values > tally.max) return undefined;
  // Sized at once, as zod sizes its own: an array literal would be an allocation site that V8
  // moves to the old generation once a batch of parsed accounts is kept, and every young item
  // stored in such an array then survives the next minor collection.
  const out = new Array<T>(length);
  for (let i = 0; i < length; i++) {
    const item = read(value[i], tally);
    if (item === undefined || tally.values > tally.max) return undefined;
    out[i] = item;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Single values. An optional one is checked as `x === undefined || isX(x)` where it is read.
// ---------------------------------------------------------------------------------------------

/** `z.string().min(1).max(max)`: a length in UTF-16 code units, as zod counts it. */
function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= max;
}

/** `z.number().int().min(min).max(max)`: `Number.isInteger` refuses `NaN` and the infinities. */
function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** `z.boolean()`. */
function isFlag(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

/** `AmountSchema`. */
function isAmount(value: unknown): value is string {
  return typeof value === 'string' && AMOUNT_PATTERN.test(value);
}

/** `SignedAmountSchema`. */
function isSignedAmount(value: unknown): value is string {
  return typeof value === 'string' && SIGNED_AMOUNT_PATTERN.test(value);
}

/**
 * Dates already found valid. A ledger repeats the same few hundred dates, and the calendar's
 * check, which builds a result, costs more than a lookup. Validity never changes, so the set is
 * only emptied when it grows past a bound (all the supported dates are about 110,000 strings).
 */
const validDates = new Set<string>();
const MAX_VALID_DATES = 50_000;

/** `DateSchema`: the pattern, then the calendar's check (`isIsoDate` is `safeParseDate(…).ok`). */
function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (validDates.has(value)) return true;
  if (!DATE_PATTERN.test(value) || !isIsoDate(value)) return false;
  if (validDates.size >= MAX_VALID_DATES) validDates.clear();
  validDates.add(value);
  return true;
}

/** `NullableDate` once present: a date or `null`. */
function isDateOrNull(value: unknown): value is string | null {
  return value === null || isDate(value);
}

/** `DepartmentSchema`: a string the calendar knows the zone of. */
function isDepartment(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    zoneOfDepartment(value);
    return true;
  } catch {
    return false;
  }
}

/** The values of a `z.enum`, as a set any value can be looked up in. */
function valuesOf(values: readonly string[]): ReadonlySet<unknown> {
  return new Set(values);
}

const CHANNELS = valuesOf(ChannelSchema.options);

/** A channel: an item of `preferredChannels`. */
function channel(value: unknown): string | undefined {
  return CHANNELS.has(value) ? (value as string) : undefined;
}

// ---------------------------------------------------------------------------------------------
// The objects, in the order of schema.ts. Each reads its fields once, in the order of the shape,
// and writes the parsed object in that order; `x !== undefined || 'x' in value` is zod's test of
// an optional key that is present.
// ---------------------------------------------------------------------------------------------

const PERIOD_KEYS = keysOf(PeriodSchema);

/** `PeriodSchema`, with its refinement: a delay of at least one day. */
function period(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, PERIOD_KEYS, tally)) return undefined;
  const { months, weeks, days } = value;
  if (
    (months !== undefined && !isWhole(months, 0, MAX_PERIOD_MONTHS)) ||
    (weeks !== undefined && !isWhole(weeks, 0, MAX_PERIOD_WEEKS)) ||
    (days !== undefined && !isWhole(days, 0, MAX_PERIOD_DAYS))
  ) {
    return undefined;
  }
  if (!((months ?? 0) + (weeks ?? 0) + (days ?? 0) > 0)) return undefined;
  const out: Fields = {};
  if (months !== undefined || 'months' in value) out.months = months;
  if (weeks !== undefined || 'weeks' in value) out.weeks = weeks;
  if (days !== undefined || 'days' in value) out.days = days;
  return out;
}

const LEASE_KEYS = keysOf(LeaseSchema);

/** `LeaseSchema`. */
function lease(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, LEASE_KEYS, tally)) return undefined;
  const {
    signedOn,
    department,
    rent,
    charges,
    dueDay,
    cureDelay,
    rls,
    endedOn,
    securityDeposit,
    exitInventoryMatchesEntry,
    guarantor,
    rooms,
  } = value;
  if (
    !isDate(signedOn) ||
    !isDepartment(department) ||
    !isAmount(rent) ||
    !isAmount(charges) ||
    (dueDay !== undefined && !isWhole(dueDay, 1, MAX_DUE_DAY)) ||
    (rls !== undefined && !isAmount(rls)) ||
    (endedOn !== undefined && !isDateOrNull(endedOn)) ||
    (securityDeposit !== undefined && !isAmount(securityDeposit)) ||
    (exitInventoryMatchesEntry !== undefined && !isFlag(exitInventoryMatchesEntry)) ||
    (guarantor !== undefined && !isFlag(guarantor)) ||
    (rooms !== undefined && !isWhole(rooms, 1, MAX_ROOMS))
  ) {
    return undefined;
  }
  const delay = cureDelay === undefined ? undefined : period(cureDelay, tally);
  if (delay === undefined && cureDelay !== undefined) return undefined;
  const out: Fields = { signedOn, department, rent, charges };
  if (dueDay !== undefined || 'dueDay' in value) out.dueDay = dueDay;
  if (cureDelay !== undefined || 'cureDelay' in value) out.cureDelay = delay;
  if (rls !== undefined || 'rls' in value) out.rls = rls;
  if (endedOn !== undefined || 'endedOn' in value) out.endedOn = endedOn;
  if (securityDeposit !== undefined || 'securityDeposit' in value) out.securityDeposit = securityDeposit;
  if (exitInventoryMatchesEntry !== undefined || 'exitInventoryMatchesEntry' in value) {
    out.exitInventoryMatchesEntry = exitInventoryMatchesEntry;
  }
  if (guarantor !== undefined || 'guarantor' in value) out.guarantor = guarantor;
  if (rooms !== undefined || 'rooms' in value) out.rooms = rooms;
  return out;
}

const MEMBER_KEYS = keysOf(MemberSchema);
const MEMBER_ROLE_VALUES = valuesOf(MEMBER_ROLES);

/** `MemberSchema`, with its refinement: an age or a birth date. */
function member(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, MEMBER_KEYS, tally)) return undefined;
  const { age, birthDate, role } = value;
  if (
    (age !== undefined && !isWhole(age, 0, MAX_AGE)) ||
    (birthDate !== undefined && !isDate(birthDate)) ||
    (role !== undefined && !MEMBER_ROLE_VALUES.has(role)) ||
    (age === undefined && birthDate === undefined)
  ) {
    return undefined;
  }
  const out: Fields = {};
  if (age !== undefined || 'age' in value) out.age = age;
  if (birthDate !== undefined || 'birthDate' in value) out.birthDate = birthDate;
  if (role !== undefined || 'role' in value) out.role = role;
  return out;
}

const VULNERABILITY_KEYS = keysOf(VulnerabilitySchema);

/** `VulnerabilitySchema`. */
function vulnerability(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, VULNERABILITY_KEYS, tally)) return undefined;
  const { guardianship, interpreterNeeded, disability, socialSupport } = value;
  if (
    (guardianship !== undefined && !isFlag(guardianship)) ||
    (interpreterNeeded !== undefined && !isFlag(interpreterNeeded)) ||
    (disability !== undefined && !isFlag(disability)) ||
    (socialSupport !== undefined && !isFlag(socialSupport))
  ) {
    return undefined;
  }
  const out: Fields = {};
  if (guardianship !== undefined || 'guardianship' in value) out.guardianship = guardianship;
  if (interpreterNeeded !== undefined || 'interpreterNeeded' in value) out.interpreterNeeded = interpreterNeeded;
  if (disability !== undefined || 'disability' in value) out.disability = disability;
  if (socialSupport !== undefined || 'socialSupport' in value) out.socialSupport = socialSupport;
  return out;
}

const CESF_KEYS = keysOf(CesfAssessmentSchema);

/** `CesfAssessmentSchema`. */
function cesfAssessment(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, CESF_KEYS, tally)) return undefined;
  const { assessedOn, recommendsMutation } = value;
  if (!isDate(assessedOn) || (recommendsMutation !== undefined && !isFlag(recommendsMutation))) return undefined;
  const out: Fields = { assessedOn };
  if (recommendsMutation !== undefined || 'recommendsMutation' in value) out.recommendsMutation = recommendsMutation;
  return out;
}

const MANDATAIRE_KEYS = keysOf(MandataireSchema);

/** `MandataireSchema`. */
function mandataire(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, MANDATAIRE_KEYS, tally)) return undefined;
  const { name, postalAddress, phone, email } = value;
  if (
    (name !== undefined && !isText(name, MAX_MANDATAIRE_NAME_LENGTH)) ||
    (postalAddress !== undefined && !isText(postalAddress, MAX_POSTAL_ADDRESS_LENGTH)) ||
    (phone !== undefined && !isText(phone, MAX_PHONE_LENGTH)) ||
    (email !== undefined && !isText(email, MAX_EMAIL_LENGTH))
  ) {
    return undefined;
  }
  const out: Fields = {};
  if (name !== undefined || 'name' in value) out.name = name;
  if (postalAddress !== undefined || 'postalAddress' in value) out.postalAddress = postalAddress;
  if (phone !== undefined || 'phone' in value) out.phone = phone;
  if (email !== undefined || 'email' in value) out.email = email;
  return out;
}

const PROTECTION_KEYS = keysOf(ProtectionSchema);
const MEASURES = valuesOf(PROTECTIVE_MEASURES);

/** `ProtectionSchema`. */
function protection(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, PROTECTION_KEYS, tally)) return undefined;
  const { measure, mandataire: agent } = value;
  if (!MEASURES.has(measure)) return undefined;
  const parsedAgent = agent === undefined ? undefined : mandataire(agent, tally);
  if (parsedAgent === undefined && agent !== undefined) return undefined;
  const out: Fields = { measure };
  if (agent !== undefined || 'mandataire' in value) out.mandataire = parsedAgent;
  return out;
}

const DIGITAL_KEYS = keysOf(DigitalSchema);

/** `DigitalSchema`. */
function digital(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, DIGITAL_KEYS, tally)) return undefined;
  const { email, mobile, comfortable } = value;
  if (
    (email !== undefined && !isFlag(email)) ||
    (mobile !== undefined && !isFlag(mobile)) ||
    (comfortable !== undefined && !isFlag(comfortable))
  ) {
    return undefined;
  }
  const out: Fields = {};
  if (email !== undefined || 'email' in value) out.email = email;
  if (mobile !== undefined || 'mobile' in value) out.mobile = mobile;
  if (comfortable !== undefined || 'comfortable' in value) out.comfortable = comfortable;
  return out;
}

const HOUSEHOLD_KEYS = keysOf(HouseholdSchema);

/** `HouseholdSchema`. */
function household(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, HOUSEHOLD_KEYS, tally)) return undefined;
  const {
    name,
    monthlyResources,
    members,
    digital: access,
    preferredChannels,
    vulnerability: flags,
    protection: measure,
    language,
    cesfAssessment: assessment,
  } = value;
  if (
    (name !== undefined && !isText(name, MAX_HOUSEHOLD_NAME_LENGTH)) ||
    !isAmount(monthlyResources) ||
    (language !== undefined && !(typeof language === 'string' && LANGUAGE_PATTERN.test(language)))
  ) {
    return undefined;
  }
  const parsedMembers = members === undefined ? undefined : list(members, MAX_MEMBERS, member, tally);
  const parsedAccess = access === undefined ? undefined : digital(access, tally);
  const parsedChannels =
    preferredChannels === undefined ? undefined : list(preferredChannels, MAX_PREFERRED_CHANNELS, channel, tally);
  const parsedFlags = flags === undefined ? undefined : vulnerability(flags, tally);
  const parsedMeasure = measure === undefined ? undefined : protection(measure, tally);
  const parsedAssessment = assessment === undefined ? undefined : cesfAssessment(assessment, tally);
  if (
    (parsedMembers === undefined && members !== undefined) ||
    (parsedAccess === undefined && access !== undefined) ||
    (parsedChannels === undefined && preferredChannels !== undefined) ||
    (parsedFlags === undefined && flags !== undefined) ||
    (parsedMeasure === undefined && measure !== undefined) ||
    (parsedAssessment === undefined && assessment !== undefined)
  ) {
    return undefined;
  }
  const out: Fields = {};
  if (name !== undefined || 'name' in value) out.name = name;
  out.monthlyResources = monthlyResources;
  if (members !== undefined || 'members' in value) out.members = parsedMembers;
  if (access !== undefined || 'digital' in value) out.digital = parsedAccess;
  if (preferredChannels !== undefined || 'preferredChannels' in value) out.preferredChannels = parsedChannels;
  if (flags !== undefined || 'vulnerability' in value) out.vulnerability = parsedFlags;
  if (measure !== undefined || 'protection' in value) out.protection = parsedMeasure;
  if (language !== undefined || 'language' in value) out.language = language;
  if (assessment !== undefined || 'cesfAssessment' in value) out.cesfAssessment = parsedAssessment;
  return out;
}

const HOUSING_BENEFIT_KEYS = keysOf(HousingBenefitSchema);
const BENEFIT_KINDS = valuesOf(HOUSING_BENEFIT_KINDS);
const PAYEES = valuesOf(BENEFIT_PAYEES);

/** `HousingBenefitSchema`. */
function housingBenefit(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, HOUSING_BENEFIT_KEYS, tally)) return undefined;
  const { kind, monthlyAmount, paidTo, stoppedOn } = value;
  if (
    !BENEFIT_KINDS.has(kind) ||
    !isAmount(monthlyAmount) ||
    !PAYEES.has(paidTo) ||
    (stoppedOn !== undefined && !isDateOrNull(stoppedOn))
  ) {
    return undefined;
  }
  const out: Fields = { kind, monthlyAmount, paidTo };
  if (stoppedOn !== undefined || 'stoppedOn' in value) out.stoppedOn = stoppedOn;
  return out;
}

const POSTING_KEYS = keysOf(PostingSchema);
const POSTING_KINDS = valuesOf(PostingKindSchema.options);

/** An item of `settles`: a posting id. */
function postingId(value: unknown): string | undefined {
  return isText(value, MAX_POSTING_ID_LENGTH) ? value : undefined;
}

/**
 * `PostingSchema`, with its refinements: only an adjustment carries a sign; only a payment or a
 * benefit settles debts.
 */
function posting(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, POSTING_KEYS, tally)) return undefined;
  const { id, date, kind, amount, settles } = value;
  if (
    (id !== undefined && !isText(id, MAX_POSTING_ID_LENGTH)) ||
    !isDate(date) ||
    !POSTING_KINDS.has(kind) ||
    !isSignedAmount(amount) ||
    (kind !== 'adjustment' && amount.startsWith('-')) ||
    (settles !== undefined && kind !== 'payment' && kind !== 'benefit')
  ) {
    return undefined;
  }
  const settled = settles === undefined ? undefined : list(settles, MAX_SETTLED_POSTINGS, postingId, tally);
  if (settled === undefined && settles !== undefined) return undefined;
  const out: Fields = {};
  if (id !== undefined || 'id' in value) out.id = id;
  out.date = date;
  out.kind = kind;
  out.amount = amount;
  if (settles !== undefined || 'settles' in value) out.settles = settled;
  return out;
}

const CONTACT_KEYS = keysOf(ContactSchema);
const OUTCOMES = valuesOf(CONTACT_OUTCOMES);

/** `ContactSchema`. */
function contact(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, CONTACT_KEYS, tally)) return undefined;
  const { date, channel: way, step, outcome } = value;
  if (
    !isDate(date) ||
    !CHANNELS.has(way) ||
    !isText(step, MAX_STEP_LENGTH) ||
    (outcome !== undefined && !OUTCOMES.has(outcome))
  ) {
    return undefined;
  }
  const out: Fields = { date, channel: way, step };
  if (outcome !== undefined || 'outcome' in value) out.outcome = outcome;
  return out;
}

const INSTALMENT_KEYS = keysOf(InstalmentSchema);

/** `InstalmentSchema`. */
function instalment(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, INSTALMENT_KEYS, tally)) return undefined;
  const { dueOn, amount } = value;
  return isDate(dueOn) && isAmount(amount) ? { dueOn, amount } : undefined;
}

const REPAYMENT_PLAN_KEYS = keysOf(RepaymentPlanSchema);
const PLAN_KINDS = valuesOf(REPAYMENT_PLAN_KINDS);

/** `RepaymentPlanSchema`: at least one instalment. */
function repaymentPlan(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, REPAYMENT_PLAN_KEYS, tally)) return undefined;
  const { kind, agreedOn, debt, instalments } = value;
  if (!PLAN_KINDS.has(kind) || !isDate(agreedOn) || !isAmount(debt)) return undefined;
  const schedule = list(instalments, MAX_LIST_LENGTH, instalment, tally);
  if (schedule === undefined || schedule.length < 1) return undefined;
  return { kind, agreedOn, debt, instalments: schedule };
}

const PROCEDURE_KEYS = keysOf(ProcedureSchema);
const JUDGMENT_VALUES = valuesOf(JUDGMENTS);

/** `ProcedureSchema`: every field optional, a date or `null`, but the judgment. */
function procedure(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, PROCEDURE_KEYS, tally)) return undefined;
  const out: Fields = {};
  for (const key of PROCEDURE_KEYS.order) {
    const on = value[key];
    if (on === undefined) {
      if (key in value) out[key] = undefined;
      continue;
    }
    const valid = key === 'judgment' ? on === null || JUDGMENT_VALUES.has(on) : isDateOrNull(on);
    if (!valid) return undefined;
    out[key] = on;
  }
  return out;
}

const APPROVAL_KEYS = keysOf(ApprovalSchema);
const DECISIONS = valuesOf(APPROVAL_DECISIONS);

/** `ApprovalSchema`. */
function approval(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, APPROVAL_KEYS, tally)) return undefined;
  const { step, date, decision } = value;
  return isText(step, MAX_STEP_LENGTH) && isDate(date) && DECISIONS.has(decision)
    ? { step, date, decision }
    : undefined;
}

const PROMISE_KEYS = keysOf(PromiseSchema);

/** `PromiseSchema`, with its refinement: due on or after the day it was made. */
function promise(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, PROMISE_KEYS, tally)) return undefined;
  const { madeOn, dueOn, amount, channel: way } = value;
  if (!isDate(madeOn) || !isDate(dueOn) || !isAmount(amount) || (way !== undefined && !CHANNELS.has(way))) {
    return undefined;
  }
  if (dueOn < madeOn) return undefined;
  const out: Fields = { madeOn, dueOn, amount };
  if (way !== undefined || 'channel' in value) out.channel = way;
  return out;
}

const PAYER_EVENT_KEYS = keysOf(PayerEventSchema);
const PAYER_EVENTS = valuesOf(PAYER_EVENT_KINDS);

/** `PayerEventSchema`. */
function payerEvent(value: unknown, tally: Tally): Fields | undefined {
  if (!isObject(value) || !strict(value, PAYER_EVENT_KEYS, tally)) return undefined;
  const { date, kind } = value;
  return isDate(date) && PAYER_EVENTS.has(kind) ? { date, kind } : undefined;
}

const ACCOUNT_KEYS = keysOf(AccountSchema);

/**
 * Reads an account as the input guard and `AccountSchema` would, in one pass.
 *
 * @param value - A parsed JSON value (or an object built in JavaScript).
 * @param maxValues - The most values the guard accepts in one account (`MAX_ACCOUNT_VALUES`).
 * @returns The parsed account, deep-equal to zod's (the same keys in the same order, new objects
 *   and arrays), or `undefined` when the guard or the schema would refuse it, or might: then ask
 *   them.
 */
export function fastParseAccount(value: unknown, maxValues: number): Account | undefined {
  const tally: Tally = { values: 1, max: maxValues };
  if (!isObject(value) || !strict(value, ACCOUNT_KEYS, tally)) return undefined;
  const {
    $schema,
    id,
    lease: contract,
    household: home,
    housingBenefit: benefit,
    ledger,
    contacts,
    repaymentPlan: plan,
    procedure: steps,
    approvals,
    promises,
    payerEvents,
  } = value;
  if (($schema !== undefined && typeof $schema !== 'string') || !isAccountId(id)) return undefined;
  const parsedLease = lease(contract, tally);
  if (parsedLease === undefined) return undefined;
  const parsedHousehold = household(home, tally);
  if (parsedHousehold === undefined) return undefined;
  const parsedBenefit = benefit === undefined || benefit === null ? benefit : housingBenefit(benefit, tally);
  if (parsedBenefit === undefined && benefit !== undefined) return undefined;
  const parsedLedger = list(ledger, MAX_LEDGER_LENGTH, posting, tally);
  if (parsedLedger === undefined) return undefined;
  const parsedContacts = contacts === undefined ? undefined : list(contacts, MAX_LIST_LENGTH, contact, tally);
  const parsedPlan = plan === undefined || plan === null ? plan : repaymentPlan(plan, tally);
  const parsedSteps = steps === undefined ? undefined : procedure(steps, tally);
  const parsedApprovals = approvals === undefined ? undefined : list(approvals, MAX_LIST_LENGTH, approval, tally);
  const parsedPromises = promises === undefined ? undefined : list(promises, MAX_LIST_LENGTH, promise, tally);
  const parsedEvents = payerEvents === undefined ? undefined : list(payerEvents, MAX_LIST_LENGTH, payerEvent, tally);
  if (
    (parsedContacts === undefined && contacts !== undefined) ||
    (parsedPlan === undefined && plan !== undefined) ||
    (parsedSteps === undefined && steps !== undefined) ||
    (parsedApprovals === undefined && approvals !== undefined) ||
    (parsedPromises === undefined && promises !== undefined) ||
    (parsedEvents === undefined && payerEvents !== undefined) ||
    tally.values > maxValues
  ) {
    return undefined;
  }
  const out: Fields = {};
  if ($schema !== undefined || '$schema' in value) out.$schema = $schema;
  out.id = id;
  out.lease = parsedLease;
  out.household = parsedHousehold;
  if (benefit !== undefined || 'housingBenefit' in value) out.housingBenefit = parsedBenefit;
  out.ledger = parsedLedger;
  if (contacts !== undefined || 'contacts' in value) out.contacts = parsedContacts;
  if (plan !== undefined || 'repaymentPlan' in value) out.repaymentPlan = parsedPlan;
  if (steps !== undefined || 'procedure' in value) out.procedure = parsedSteps;
  if (approvals !== undefined || 'approvals' in value) out.approvals = parsedApprovals;
  if (promises !== undefined || 'promises' in value) out.promises = parsedPromises;
  if (payerEvents !== undefined || 'payerEvents' in value) out.payerEvents = parsedEvents;
  return out as Account;
}

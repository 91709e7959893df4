// Values JSON cannot carry are written as one-key objects with a reserved `$glia:` tag, so a Date
// comes back as a Date with the same millisecond, and a bigint as a bigint. Plain JSON stays plain.
const DATE = '$glia:date';
const BIGINT = '$glia:bigint';
const MAP = '$glia:map';
const SET = '$glia:set';
const UNDEFINED = '$glia:undefined';

/** A value as JSON-safe data, with dates, bigints, maps and sets tagged. */
export function toTaggedJson(value: unknown): unknown {
  if (value instanceof Date) return { [DATE]: value.toISOString() };
  if (typeof value === 'bigint') return { [BIGINT]: value.toString() };
  if (value instanceof Map) return { [MAP]: [...value].map(([k, v]) => [toTaggedJson(k), toTaggedJson(v)]) };
  if (value instanceof Set) return { [SET]: [...value].map(toTaggedJson) };
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? { [UNDEFINED]: 1 } : toTaggedJson(item)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = toTaggedJson(item);
    }
    return out;
  }
  return value;
}

/** The inverse of `toTaggedJson`. */
export function fromTaggedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromTaggedJson);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1) {
    const tag = keys[0] as string;
    const tagged = record[tag];
    if (tag === DATE) return new Date(tagged as string);
    if (tag === BIGINT) return BigInt(tagged as string);
    if (tag === MAP) return new Map((tagged as unknown[][]).map(([k, v]) => [fromTaggedJson(k), fromTaggedJson(v)]));
    if (tag === SET) return new Set((tagged as unknown[]).map(fromTaggedJson));
    if (tag === UNDEFINED) return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = fromTaggedJson(record[key]);
  return out;
}

/** Serialises a value for a `jsonb` parameter. */
export function encodeJson(value: unknown): string {
  return JSON.stringify(toTaggedJson(value));
}

/** Parses a `jsonb` column read as text. */
export function decodeJson(text: string): unknown {
  return fromTaggedJson(JSON.parse(text));
}

/**
 * Copies a value deeply, keeping class instances' prototypes (value objects stay value objects),
 * dates, maps and sets. Used by in-memory adapters so stored copies are never shared with callers.
 */
export function cloneDeep<T>(value: T, seen = new Map<object, unknown>()): T {
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(cloneDeep(item, seen));
    return out as T;
  }
  if (value instanceof Map) {
    const out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(cloneDeep(k, seen), cloneDeep(v, seen));
    return out as T;
  }
  if (value instanceof Set) {
    const out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(cloneDeep(v, seen));
    return out as T;
  }
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<PropertyKey, unknown>;
  seen.set(value, out);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined) continue;
    if ('value' in descriptor) {
      const copy = cloneDeep(descriptor.value, seen);
      Object.defineProperty(out, key, {
        value: copy,
        writable: true,
        enumerable: descriptor.enumerable ?? true,
        configurable: true,
      });
    } else {
      Object.defineProperty(out, key, descriptor);
    }
  }
  return out as T;
}

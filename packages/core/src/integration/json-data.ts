/**
 * The path of the first value in `data` that JSON would change or drop (a Date, a bigint, NaN,
 * undefined, a class instance), or undefined if it round-trips unchanged.
 */
export function nonJsonPathOf(data: unknown, path = ''): string | undefined {
  if (data === null || typeof data === 'string' || typeof data === 'boolean') return undefined;
  if (typeof data === 'number') return Number.isFinite(data) ? undefined : path || '(data)';
  if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) {
      const found = nonJsonPathOf(item, path ? `${path}.${i}` : String(i));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof data === 'object' && Object.getPrototypeOf(data) === Object.prototype) {
    for (const [key, value] of Object.entries(data)) {
      const found = nonJsonPathOf(value, path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return path || '(data)';
}

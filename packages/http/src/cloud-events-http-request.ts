/** Header values as node, fastify and most frameworks give them (names in any case). */
export type HttpHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/** An HTTP request as the receiver needs it, from any framework: its headers and its raw body. */
export type CloudEventsHttpRequest = {
  /** The request headers; a fetch `Headers` object works too. */
  readonly headers: HttpHeaders | Headers;
  /** The raw body; a string is read as UTF-8. */
  readonly body: Uint8Array | string | undefined;
};

/** The header names in lower case, repeated values joined with `, ` (as HTTP allows). */
export function normalizeHeaders(headers: HttpHeaders | Headers): Record<string, string> {
  const normalized: Record<string, string> = {};
  const entries: Iterable<[string, string | readonly string[] | undefined]> =
    headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    if (value === undefined) continue;
    normalized[name.toLowerCase()] = typeof value === 'string' ? value : value.join(', ');
  }
  return normalized;
}

/** One server-sent event: its id and its `data`, parsed as JSON. */
export type StreamedEvent = { readonly id: string | undefined; readonly data: unknown };

/**
 * Reads a `text/event-stream` with a streaming `fetch` and yields each event as it arrives (comments
 * and heartbeats skipped); ends when the server closes the stream or `signal` aborts it.
 */
export async function* readEventStream(
  url: string,
  init: {
    readonly headers?: Record<string, string>;
    readonly signal?: AbortSignal;
    /** Called once the server answered: from then on, every committed event reaches this stream. */
    readonly onOpen?: () => void;
  } = {},
): AsyncGenerator<StreamedEvent> {
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...init.headers },
    ...(init.signal === undefined ? {} : { signal: init.signal }),
  });
  if (!response.ok || response.body === null) {
    throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  }
  init.onOpen?.();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk as Uint8Array, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const event = parse(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (event !== undefined) yield event;
        end = buffer.indexOf('\n\n');
      }
    }
  } catch (error) {
    if (init.signal?.aborted) return;
    throw error;
  }
}

function parse(block: string): StreamedEvent | undefined {
  let id: string | undefined;
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('id:')) id = line.slice(3).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  return data.length === 0 ? undefined : { id, data: JSON.parse(data.join('\n')) as unknown };
}

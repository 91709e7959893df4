import {
  InMemoryInbox,
  InMemoryTransactionManager,
  IntegrationEventReceiver,
  IntegrationEventRejectedError,
  describeError,
  silentLogger,
  type IntegrationEventReceiverOptions,
  type Logger,
} from '@glia/core';
import type { CloudEventsHttpRequest } from './cloud-events-http-request.js';
import type { CloudEventsHttpResponse, CloudEventsHttpResult } from './cloud-events-http-response.js';
import { errorBody, tooLarge, unsupported } from './internal/replies.js';
import { bytesOf, readHttpCloudEvents } from './read-http-cloud-events.js';
import { UnsupportedContentTypeError } from './unsupported-content-type.error.js';

type ReceiverBuildOptions = Omit<IntegrationEventReceiverOptions, 'inbox'> & {
  /** Deduplicates by CloudEvent id; an in-memory inbox when absent. */
  readonly inbox?: IntegrationEventReceiverOptions['inbox'];
};

/** Where events go: a receiver you built, or the options to build one (in-memory inbox by default). */
export type HttpCloudEventsReceiverOptions = (
  { readonly receiver: IntegrationEventReceiver } | ReceiverBuildOptions
) & {
  /** Larger bodies are answered 413. Default 1 MiB. */
  readonly maxBodyBytes?: number;
  /** Where handler failures are logged. */
  readonly logger?: Logger;
};

/** The default body limit: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Receives CloudEvents over HTTP, framework-agnostic: reads structured, binary and batched requests,
 * validates each event, deduplicates it through the inbox and hands it to its handler, then says what
 * to answer: 202 when every event was accepted (a duplicate too: it was accepted before), 400 with the
 * reason of each rejected one, 415 for an unsupported content type, 413 above the size limit, 500 when
 * a handler failed (send again: the inbox makes that safe).
 */
export class HttpCloudEventsReceiver {
  /** The body limit in bytes. */
  readonly maxBodyBytes: number;
  private readonly receiver: IntegrationEventReceiver;
  private readonly logger: Logger;

  /** Creates the receiver; without an inbox, an in-memory one on in-memory transactions. */
  constructor(options: HttpCloudEventsReceiverOptions) {
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.logger = options.logger ?? silentLogger;
    this.receiver = 'receiver' in options ? options.receiver : new IntegrationEventReceiver(withDefaultInbox(options));
  }

  /** Handles one request and returns the answer to send. */
  async receiveCloudEvents(request: CloudEventsHttpRequest): Promise<CloudEventsHttpResponse> {
    // Read as bytes once: the size check and the decoding share them.
    const body = bytesOf(request.body);
    if (body.byteLength > this.maxBodyBytes) return tooLarge(this.maxBodyBytes);
    let entries;
    try {
      ({ entries } = readHttpCloudEvents({ headers: request.headers, body }));
    } catch (error) {
      if (UnsupportedContentTypeError.is(error)) return unsupported(error);
      if (IntegrationEventRejectedError.is(error))
        return { status: 400, headers: {}, body: { error: errorBody(error) } };
      throw error;
    }
    const results: CloudEventsHttpResult[] = [];
    let failed = false;
    for (const [index, entry] of entries.entries()) {
      if (entry instanceof Error) {
        results.push({ index, outcome: 'rejected', error: errorBody(entry) });
      } else if (failed) {
        // Per-aggregate order: nothing behind a failed event is handled before it.
        results.push({ index, id: entry.id, outcome: 'skipped' });
      } else {
        try {
          results.push({ index, id: entry.id, outcome: await this.receiver.receive(entry) });
        } catch (error) {
          const rejected = IntegrationEventRejectedError.is(error);
          if (!rejected)
            this.logger.error('A CloudEvent handler failed', { id: entry.id, error: describeError(error) });
          failed ||= !rejected;
          results.push({ index, id: entry.id, outcome: rejected ? 'rejected' : 'failed', error: errorBody(error) });
        }
      }
    }
    return answer(results);
  }
}

function answer(results: readonly CloudEventsHttpResult[]): CloudEventsHttpResponse {
  const problem = results.find((r) => r.outcome === 'failed') ?? results.find((r) => r.outcome === 'rejected');
  if (problem?.error === undefined) return { status: 202, headers: {}, body: { results } };
  const count = results.filter((r) => r.outcome === problem.outcome).length;
  const error =
    results.length === 1
      ? problem.error
      : {
          ...problem.error,
          message: `${count} of ${results.length} events ${problem.outcome}; first: ${problem.error.message}`,
        };
  return { status: problem.outcome === 'failed' ? 500 : 400, headers: {}, body: { error, results } };
}

// An in-memory inbox needs in-memory transactions: with a durable `scopes`/`transactions`, pass its inbox.
function withDefaultInbox(options: ReceiverBuildOptions): IntegrationEventReceiverOptions {
  if (options.inbox !== undefined) return { ...options, inbox: options.inbox };
  const fallback = options.scopes === undefined && options.transactions === undefined;
  return {
    ...options,
    inbox: new InMemoryInbox(),
    ...(fallback ? { transactions: new InMemoryTransactionManager() } : {}),
  };
}

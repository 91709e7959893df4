// @glia/http: the public API. Anything not exported here is internal.
export { normalizeHeaders, type CloudEventsHttpRequest, type HttpHeaders } from './cloud-events-http-request.js';
export type {
  CloudEventsHttpBody,
  CloudEventsHttpError,
  CloudEventsHttpOutcome,
  CloudEventsHttpResponse,
  CloudEventsHttpResult,
} from './cloud-events-http-response.js';
export { fastifyCloudEvents, type FastifyCloudEventsOptions } from './fastify-cloud-events.js';
export { httpContentModeOf, type HttpContentMode } from './http-content-mode.js';
export { HttpCloudEventPublisher } from './http-cloud-event-publisher.js';
export type { HttpCloudEventPublisherOptions, HttpPublishRetry, HttpPublisherStats } from './http-publisher-options.js';
export {
  DEFAULT_MAX_BODY_BYTES,
  HttpCloudEventsReceiver,
  type HttpCloudEventsReceiverOptions,
} from './http-cloud-events-receiver.js';
export { nodeCloudEventsHandler, type NodeCloudEventsHandler } from './node-cloud-events-handler.js';
export { PayloadTooLargeError } from './payload-too-large.error.js';
export { readHttpCloudEvents, type HttpCloudEvents } from './read-http-cloud-events.js';
export { toHttpRequest, type HttpCloudEventRequest, type HttpPublishMode } from './to-http-request.js';
export { UnsupportedContentTypeError } from './unsupported-content-type.error.js';

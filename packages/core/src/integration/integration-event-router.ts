import type { z } from 'zod';
import { ConfigurationError } from '../errors/configuration.error.js';
import type { CloudEvent } from './cloud-event.js';
import type { IntegrationEventContext } from './integration-event-context.js';
import type { IntegrationEventDefinition } from './integration-event-definition.js';
import { IntegrationEventRejectedError } from './integration-event-rejected.error.js';

/** Handles the validated data of one integration event type. */
export type IntegrationEventHandler<D = unknown> = (data: D, context: IntegrationEventContext) => Promise<void> | void;

/** Turns the data of an older version into the data of the next one. */
export type Upcaster<From = unknown, To = unknown> = (data: From, event: CloudEvent) => To;

type Route =
  | {
      readonly kind: 'handle';
      readonly definition: IntegrationEventDefinition;
      readonly handler: IntegrationEventHandler;
    }
  | {
      readonly kind: 'upcast';
      readonly from: IntegrationEventDefinition;
      readonly to: IntegrationEventDefinition;
      readonly upcaster: Upcaster;
    };

/**
 * The consumer side: which integration event types a consumer handles, and how older versions are
 * upcast to the ones it handles. Data is validated against the schema of its own version on receipt.
 */
export class IntegrationEventRouter {
  private readonly routes = new Map<string, Route>();

  /** Handles one type; one route per type. */
  on<S extends z.ZodType>(
    definition: IntegrationEventDefinition<S>,
    handler: IntegrationEventHandler<z.output<S>>,
  ): this {
    return this.add(definition.type, { kind: 'handle', definition, handler: handler as IntegrationEventHandler });
  }

  /** Accepts an older version by upcasting its data to a newer one (which must be handled or upcast too). */
  upcast<A extends z.ZodType, B extends z.ZodType>(
    from: IntegrationEventDefinition<A>,
    to: IntegrationEventDefinition<B>,
    upcaster: Upcaster<z.output<A>, z.input<B>>,
  ): this {
    return this.add(from.type, { kind: 'upcast', from, to, upcaster: upcaster as Upcaster });
  }

  /** The types this router accepts, handled or upcast. */
  types(): readonly string[] {
    return [...this.routes.keys()];
  }

  /** True if events of `type` are handled here. */
  accepts(type: string): boolean {
    return this.routes.has(type);
  }

  /**
   * Validates, upcasts and handles one event. Throws an `IntegrationEventRejectedError` for an
   * unknown type or invalid data (poison), and whatever the handler throws.
   */
  async route(event: CloudEvent, context: Omit<IntegrationEventContext, 'event'> = {}): Promise<void> {
    let current = event;
    for (let hops = 0; hops <= this.routes.size; hops += 1) {
      const route = this.routes.get(current.type);
      if (route === undefined) {
        throw new IntegrationEventRejectedError('unknown-type', `No handler accepts '${current.type}'.`, {
          type: current.type,
        });
      }
      if (route.kind === 'handle') {
        await route.handler(validData(route.definition, current), { ...context, event: current });
        return;
      }
      const data = route.upcaster(validData(route.from, current), current);
      current = { ...current, type: route.to.type, source: route.to.source, data };
    }
    throw new ConfigurationError('GLIA.UPCAST_CYCLE', `Upcasters of '${event.type}' form a cycle.`);
  }

  private add(type: string, route: Route): this {
    if (this.routes.has(type)) throw ConfigurationError.duplicate('Integration event route', type);
    this.routes.set(type, route);
    return this;
  }
}

function validData(definition: IntegrationEventDefinition, event: CloudEvent): unknown {
  const parsed = definition.schema.safeParse(event.data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(data)'}: ${i.message}`);
  throw new IntegrationEventRejectedError('invalid-data', `Invalid data for '${event.type}': ${issues.join('; ')}`, {
    type: event.type,
    issues,
  });
}

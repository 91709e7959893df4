import { inject, injectable } from 'inversify';
import { UnitOfWork } from '../uow/unit-of-work.js';
import type { MessageContext } from './message-context.js';
import type { PipelineBehavior } from './pipeline-behavior.js';

/** Commits the scope's unit of work once after a command's handler returns; never for queries. */
@injectable()
export class UnitOfWorkBehavior implements PipelineBehavior {
  /** Receives the scope's unit of work. */
  constructor(@inject(UnitOfWork) private readonly unitOfWork: UnitOfWork) {}

  /** Runs the handler, then commits if the message is a command (unless the handler already committed). */
  async handle(message: MessageContext, next: () => Promise<unknown>): Promise<unknown> {
    const result = await next();
    // A handler that committed itself has saved its work: committing again would fail a done command.
    if (message.kind === 'command' && this.unitOfWork.state !== 'committed') await this.unitOfWork.commit();
    return result;
  }
}

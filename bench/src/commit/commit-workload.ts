/** One shape of commit benchmark: how many clients commit, how often, and how much each commit holds. */
export type CommitWorkload = {
  /** What the table row calls it. */
  readonly label: string;
  /** Clients committing at once, each waiting for its commit before starting the next. */
  readonly clients: number;
  /** Commits per sample, shared out among the clients. */
  readonly commits: number;
  /** New aggregates saved per commit, each with two events for three handlers. */
  readonly aggregatesPerCommit: number;
};

/** Events each aggregate raises, and handlers subscribed to them: six delivery rows per aggregate. */
export const EVENTS_PER_AGGREGATE = 2;
/** Handlers subscribed to `Pinged` in the commit benchmark. */
export const HANDLERS = 3;

/** Runs `commits` calls of `work` from `clients` concurrent loops; returns the seconds it took. */
export async function runClients(workload: CommitWorkload, work: (commit: number) => Promise<void>): Promise<number> {
  let next = 0;
  const client = async (): Promise<void> => {
    for (let i = next++; i < workload.commits; i = next++) await work(i);
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: workload.clients }, client));
  return (performance.now() - start) / 1000;
}

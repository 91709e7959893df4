// Why module state: events raised by different aggregates in one unit of work must be dispatched in
// the order they were raised, and no aggregate knows the others. A process-wide counter orders them
// without any aggregate knowing its unit of work. It is never read by domain code.
let last = 0;

/** The next number in the order events are raised in this process. */
export function nextRaiseSequence(): number {
  last += 1;
  return last;
}

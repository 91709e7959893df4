/** The CloudEvents `source` of every order integration event. */
export const ORDER_EVENTS_SOURCE = '/mario-pizzeria/orders';

/** Integer cents as a decimal string (`1250` → `"12.50"`): money never travels as a float. */
export function centsToMoney(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

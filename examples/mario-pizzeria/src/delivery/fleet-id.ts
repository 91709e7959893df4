/** The pizzeria has one fleet of drivers: one aggregate, so a driver is never given two orders at once. */
export const FLEET_ID = 'main';

/** The pizzeria has one inventory: one aggregate, so every deduction is checked against the same stock. */
export const INVENTORY_ID = 'main';

/** The pizzeria has one kitchen: one aggregate, whose version makes two cooks taking the last slot conflict. */
export const KITCHEN_ID = 'main';

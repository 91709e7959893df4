import { InvalidOperationError } from '@glia/core';

/** Stable codes of the menu's refusals; the web layer maps them to responses. */
export const MenuErrorCodes = {
  UnknownPizza: 'MENU.UNKNOWN_PIZZA',
  UnknownTopping: 'MENU.UNKNOWN_TOPPING',
  DuplicateTopping: 'MENU.DUPLICATE_TOPPING',
} as const;

/** Named factories for the menu's errors, so every refusal reads the same wherever it is thrown. */
export const MenuErrors = {
  /** The pizza is not on the menu. */
  unknownPizza: (pizzaId: string) =>
    new InvalidOperationError(MenuErrorCodes.UnknownPizza, `There is no pizza '${pizzaId}' on the menu.`, {
      details: { pizzaId },
    }),
  /** The topping is not on the menu. */
  unknownTopping: (toppingId: string) =>
    new InvalidOperationError(MenuErrorCodes.UnknownTopping, `There is no topping '${toppingId}' on the menu.`, {
      details: { toppingId },
    }),
  /** The same topping was asked for twice on one pizza. */
  duplicateTopping: (toppingId: string) =>
    new InvalidOperationError(MenuErrorCodes.DuplicateTopping, `Topping '${toppingId}' is listed twice.`, {
      details: { toppingId },
    }),
};

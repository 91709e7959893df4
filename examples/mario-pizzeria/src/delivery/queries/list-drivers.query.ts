import { defineQuery } from '@glia/core';
import { z } from 'zod';
import type { Driver } from '../driver.js';

/** Lists the drivers and what each is doing. */
export const ListDrivers = defineQuery('pizzeria.delivery.ListDrivers', z.object({})).returns<readonly Driver[]>();

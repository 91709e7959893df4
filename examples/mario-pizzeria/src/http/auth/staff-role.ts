import { z } from 'zod';

/** The staff roles that open staff endpoints. */
export const STAFF_ROLES = ['chef', 'driver', 'manager'] as const;

/** A cook, a driver or the manager. */
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Validates a role at the edge. */
export const staffRoleSchema = z.enum(STAFF_ROLES);

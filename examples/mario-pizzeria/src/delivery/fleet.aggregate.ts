import { AggregateRoot, AggregateType } from '@glia/core';
import type { Driver } from './driver.js';
import { DriverAssigned } from './events/driver-assigned.event.js';
import { DriverDeparted } from './events/driver-departed.event.js';
import { DriverHired } from './events/driver-hired.event.js';
import { DriverReturned } from './events/driver-returned.event.js';
import type { FleetSnapshot } from './fleet-snapshot.js';
import { FleetErrors } from './fleet.errors.js';

/**
 * The drivers and what each is doing. One aggregate for the whole fleet, so "the first available
 * driver" is decided against one version: two assignments racing for the same driver conflict.
 */
@AggregateType('pizzeria.delivery.Fleet')
export class Fleet extends AggregateRoot {
  private state: Omit<FleetSnapshot, 'id'>;

  private constructor(
    /** The fleet's id. */
    readonly id: string,
    state: Omit<FleetSnapshot, 'id'>,
  ) {
    super();
    this.state = state;
  }

  /** A fleet with no drivers yet. */
  static create(id: string): Fleet {
    return new Fleet(id, { drivers: [] });
  }

  /** Rebuilds the fleet from its snapshot, raising nothing; used by the mapper. */
  static fromSnapshot({ id, ...state }: FleetSnapshot): Fleet {
    return new Fleet(id, { drivers: state.drivers.map((d) => ({ ...d })) });
  }

  /** The fleet's state as plain data. */
  toSnapshot(): FleetSnapshot {
    return { id: this.id, drivers: this.state.drivers.map((d) => ({ ...d })) };
  }

  /** Every driver, in the order they were hired. */
  get drivers(): readonly Driver[] {
    return this.state.drivers;
  }

  /** Hires a driver, available at once. */
  hire(driverId: string, name: string): void {
    if (this.find(driverId) !== undefined) throw FleetErrors.duplicateDriver(driverId);
    if (name.trim() === '') throw FleetErrors.nameRequired(driverId);
    const driver: Driver = { id: driverId, name: name.trim(), status: 'available', orderId: null };
    this.state = { drivers: [...this.state.drivers, driver] };
    this.raiseEvent(new DriverHired(driverId, driver.name));
  }

  /** Gives a ready order to `driverId`, or to the first available driver when none is named; returns who. */
  assign(orderId: string, driverId?: string): string {
    const driver =
      driverId === undefined ? this.state.drivers.find((d) => d.status === 'available') : this.require(driverId);
    if (driver === undefined) throw FleetErrors.noDriverAvailable(orderId);
    if (driver.status !== 'available') throw FleetErrors.driverBusy(driver.id, driver.status);
    this.update({ ...driver, status: 'assigned', orderId });
    this.raiseEvent(new DriverAssigned(driver.id, orderId));
    return driver.id;
  }

  /** The driver leaves with the order they were assigned. */
  depart(driverId: string, orderId: string): void {
    const driver = this.require(driverId);
    if (driver.status !== 'assigned' || driver.orderId !== orderId)
      throw FleetErrors.notHoldingOrder(driverId, orderId);
    this.update({ ...driver, status: 'on-the-road' });
    this.raiseEvent(new DriverDeparted(driverId, orderId));
  }

  /** The driver delivered the order and is available again. */
  completeDelivery(driverId: string, orderId: string): void {
    const driver = this.require(driverId);
    if (driver.status !== 'on-the-road' || driver.orderId !== orderId)
      throw FleetErrors.notOnTheRoad(driverId, orderId);
    this.update({ ...driver, status: 'available', orderId: null });
    this.raiseEvent(new DriverReturned(driverId, orderId));
  }

  private find(driverId: string): Driver | undefined {
    return this.state.drivers.find((d) => d.id === driverId);
  }

  private require(driverId: string): Driver {
    const driver = this.find(driverId);
    if (driver === undefined) throw FleetErrors.unknownDriver(driverId);
    return driver;
  }

  private update(driver: Driver): void {
    this.state = { drivers: this.state.drivers.map((d) => (d.id === driver.id ? driver : d)) };
  }
}

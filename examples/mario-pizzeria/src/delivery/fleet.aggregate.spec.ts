import { describe, expect, it } from '@jest/globals';
import { InvalidOperationError } from '@glia/core';
import { given } from '@glia/testing';
import { DriverAssigned } from './events/driver-assigned.event.js';
import { DriverDeparted } from './events/driver-departed.event.js';
import { DriverHired } from './events/driver-hired.event.js';
import { DriverReturned } from './events/driver-returned.event.js';
import { Fleet } from './fleet.aggregate.js';
import { FleetErrorCodes } from './fleet.errors.js';
import { fleetMapper } from './fleet.mapper.js';

const twoDrivers = () => {
  const fleet = Fleet.create('main');
  fleet.hire('d-1', 'Toad');
  fleet.hire('d-2', 'Yoshi');
  return fleet;
};
const withAssigned = () => {
  const fleet = twoDrivers();
  fleet.assign('o-1', 'd-1');
  return fleet;
};
const onTheRoad = () => {
  const fleet = withAssigned();
  fleet.depart('d-1', 'o-1');
  return fleet;
};
const statusOf = (fleet: Fleet, id: string) => fleet.drivers.find((d) => d.id === id)?.status;

describe('Fleet', () => {
  it('hire raises DriverHired; the driver is available', () => {
    given(() => Fleet.create('main'))
      .when((f) => f.hire('d-1', ' Toad '))
      .thenState((f, events) => {
        expect(events.map((e) => e.payload())).toEqual([new DriverHired('d-1', 'Toad').payload()]);
        expect(f.drivers).toEqual([{ id: 'd-1', name: 'Toad', status: 'available', orderId: null }]);
      });
  });

  it('hire refuses a driver id taken already with FLEET.DUPLICATE_DRIVER', () => {
    given(twoDrivers)
      .when((f) => f.hire('d-1', 'Toadette'))
      .thenThrows(InvalidOperationError, FleetErrorCodes.DuplicateDriver);
  });

  it('hire refuses a blank name with FLEET.NAME_REQUIRED', () => {
    given(twoDrivers)
      .when((f) => f.hire('d-3', ' '))
      .thenThrows(InvalidOperationError, FleetErrorCodes.NameRequired);
  });

  it('assign without a driver picks the first available one', () => {
    given(withAssigned)
      .when((f) => f.assign('o-2'))
      .then([new DriverAssigned('d-2', 'o-2')]);
  });

  it('assign to a named, available driver raises DriverAssigned', () => {
    given(twoDrivers)
      .when((f) => f.assign('o-1', 'd-2'))
      .thenState((f, events) => {
        expect(events.map((e) => e.payload())).toEqual([{ driverId: 'd-2', orderId: 'o-1' }]);
        expect(statusOf(f, 'd-2')).toBe('assigned');
      });
  });

  it('assign to a busy driver is refused with FLEET.DRIVER_BUSY', () => {
    given(withAssigned)
      .when((f) => f.assign('o-2', 'd-1'))
      .thenThrows(InvalidOperationError, FleetErrorCodes.DriverBusy);
  });

  it('assign to an unknown driver is refused with FLEET.UNKNOWN_DRIVER', () => {
    given(twoDrivers)
      .when((f) => f.assign('o-1', 'd-9'))
      .thenThrows(InvalidOperationError, FleetErrorCodes.UnknownDriver);
  });

  it('assign when every driver is busy is refused with FLEET.NO_DRIVER_AVAILABLE', () => {
    given(() => {
      const fleet = withAssigned();
      fleet.assign('o-2');
      return fleet;
    })
      .when((f) => f.assign('o-3'))
      .thenThrows(InvalidOperationError, FleetErrorCodes.NoDriverAvailable);
  });

  it('depart puts the assigned driver on the road', () => {
    given(withAssigned)
      .when((f) => f.depart('d-1', 'o-1'))
      .then([new DriverDeparted('d-1', 'o-1')]);
  });

  it('depart with another order, or twice, is refused with FLEET.NOT_HOLDING_ORDER', () => {
    given(withAssigned)
      .when((f) => f.depart('d-1', 'o-2'))
      .thenThrows(InvalidOperationError, FleetErrorCodes.NotHoldingOrder);
    given(onTheRoad)
      .when((f) => f.depart('d-1', 'o-1'))
      .thenThrows(InvalidOperationError, FleetErrorCodes.NotHoldingOrder);
  });

  it('completeDelivery makes the driver available again', () => {
    given(onTheRoad)
      .when((f) => f.completeDelivery('d-1', 'o-1'))
      .thenState((f, events) => {
        expect(events.map((e) => [e.constructor, e.payload()])).toEqual([
          [DriverReturned, { driverId: 'd-1', orderId: 'o-1' }],
        ]);
        expect(f.drivers[0]).toEqual({ id: 'd-1', name: 'Toad', status: 'available', orderId: null });
      });
  });

  it('completeDelivery before departing is refused with FLEET.NOT_ON_THE_ROAD', () => {
    given(withAssigned)
      .when((f) => f.completeDelivery('d-1', 'o-1'))
      .thenThrows(InvalidOperationError, FleetErrorCodes.NotOnTheRoad);
  });

  it('survives a round trip through its mapper as JSON', () => {
    const fleet = onTheRoad();
    const restored = fleetMapper.fromSnapshot(JSON.parse(JSON.stringify(fleetMapper.toSnapshot(fleet))));
    expect(restored.toSnapshot()).toEqual(fleet.toSnapshot());
  });
});

// Compiled by the packaging test against the built declarations (dist/*.d.cts).
import money = require('hlm-recovery/money');
import calendar = require('hlm-recovery/calendar');
import root = require('hlm-recovery');

const amount: string = money.formatEUR(money.subtract('100.00', '0.01'));
const zone: calendar.Zone = calendar.zoneOfDepartment('57');
const error: root.ValidationError = new root.ValidationError([]);
export = { amount, zone, error };

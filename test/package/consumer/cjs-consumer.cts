// Compiled by the packaging test against the built declarations (dist/*.d.cts).
import money = require('hlm-recovery/money');
import calendar = require('hlm-recovery/calendar');
import root = require('hlm-recovery');
import demo = require('hlm-recovery/demo');

const amount: string = money.formatEUR(money.subtract('100.00', '0.01'));
const zone: calendar.Zone = calendar.zoneOfDepartment('57');
const error: root.ValidationError = new root.ValidationError([]);
const options: demo.DemoAccountOptions = { asOf: demo.DEMO_DEFAULT_AS_OF };
const account: root.AccountInput = demo.generateDemoAccount(demo.DEMO_DEFAULT_SEED, 0, options);
export = { amount, zone, error, account };

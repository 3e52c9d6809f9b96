// The reader's day in every browser test: the page's clock (browser.mjs) and
// the CLI's (cli.mjs, IMGCOST_TODAY) both read it, so that the page and its
// oracle price on the same day and no test depends on the day it runs.
export const TEST_DAY = '2026-12-01';

// Noon on `day` in the page's time zone: the page's today() reads that day.
export const noonOn = (day) => new Date(`${day}T12:00:00`);

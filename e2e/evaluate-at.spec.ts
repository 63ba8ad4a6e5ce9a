import { createHmac } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { b64url } from './support/tokens';

/*
 * Issue 13, item 6: "Evaluate at" sets the instant every time check uses (the clock by default, "Now" goes
 * back to it); "Times in" shows every absolute time in UTC or the browser's zone, always with its offset;
 * every relative time has its exact difference in seconds in a tooltip.
 */
test.use({ timezoneId: 'Europe/Berlin' });

const SECRET = 'a-string-secret-at-least-256-bits-long';
const HOUR = 3_600;
/** 2026-01-01T10:00:00Z: 11:00 in Berlin (CET, UTC+01:00). */
const JAN_1 = 1_767_261_600;
/** 2026-07-01T10:00:00Z: 12:00 in Berlin (CEST, UTC+02:00). */
const JUL_1 = 1_782_900_000;

function hs256(claims: object): string {
  const input = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`;
  return `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
}

/** "2026-01-01 10:00:00 UTC", as the page writes a time in UTC. */
const inUtc = (seconds: number) =>
  `${new Date(seconds * 1000).toISOString().replace('T', ' ').replace('.000Z', '')} UTC`;

function timeControls(page: Page) {
  const expectations = page.getByRole('region', { name: 'Expectations', exact: true });
  return {
    evaluateAt: expectations.getByRole('textbox', { name: 'Evaluate at' }),
    now: expectations.getByRole('button', { name: 'Now', exact: true }),
    zone: (name: 'UTC' | 'Local') =>
      expectations.getByRole('group', { name: 'Times in' }).getByRole('radio', { name, exact: true }),
  };
}

test('"Evaluate at" a past instant turns an expired token valid; "Now" brings back the clock', async ({
  lens,
  page,
}) => {
  const now = Math.floor(Date.now() / 1000);
  await lens.open();
  await lens.paste(hs256({ sub: 'evaluate-at', iat: now - 3 * HOUR, exp: now - HOUR }));
  await lens.setVerificationKey(SECRET);
  const time = timeControls(page);
  const payloadExp = lens.region('Payload').locator('[data-claim-time="exp"]');

  let verdict = await lens.settledVerdict();
  await expect(verdict).toHaveAttribute('data-signature', 'valid');
  await expect(verdict).toHaveAttribute('data-claims', 'invalid');
  await expect(verdict.locator('[data-finding="exp-expired"]')).toBeVisible();
  await expect(verdict.locator('[data-check="exp"]')).toHaveAttribute('data-status', 'failed');
  await expect(payloadExp).toContainText(/expired (59 min|1 h) ago/);
  await expect(verdict).not.toContainText('not now');

  const twoHoursAgo = now - 2 * HOUR;
  await time.evaluateAt.fill(new Date(twoHoursAgo * 1000).toISOString());
  verdict = await lens.settledVerdict();
  await expect(verdict).toHaveAttribute('data-claims', 'valid');
  await expect(lens.finding('exp-expired')).toHaveCount(0);
  await expect(verdict.locator('[data-check="exp"]')).toHaveAttribute('data-status', 'passed');
  await expect(verdict).toContainText(`Evaluated at ${inUtc(twoHoursAgo)}, not now`);
  // Relative times follow the instant evaluated, and say exactly how far it is in their tooltip.
  await expect(payloadExp).toContainText('expires in 1 h');
  const exactly = `${inUtc(now - HOUR)} — exactly 3,600 s after ${inUtc(twoHoursAgo)}`;
  await expect(payloadExp.getByText('expires in 1 h')).toHaveAttribute('title', exactly);
  await expect(verdict.locator('[data-check="exp"]')).toHaveAttribute('title', exactly);

  await time.now.click();
  verdict = await lens.settledVerdict();
  await expect(verdict).toHaveAttribute('data-claims', 'invalid');
  await expect(verdict.locator('[data-finding="exp-expired"]')).toBeVisible();
  await expect(verdict).not.toContainText('not now');
  await expect(time.evaluateAt).toHaveValue('');
  await expect(payloadExp).toContainText(/expired (59 min|1 h) ago/);
});

test('"Times in" shows every time in UTC or in the browser’s zone, with the offset in force then', async ({
  lens,
  page,
}) => {
  await lens.open();
  await lens.paste(hs256({ sub: 'times-in', iat: JAN_1 - HOUR, exp: JUL_1 }));
  const time = timeControls(page);
  const payload = lens.region('Payload');
  const exp = payload.locator('[data-claim-time="exp"] time');
  const iat = payload.locator('[data-claim-time="iat"] time');

  await expect(time.zone('UTC')).toBeChecked();
  await expect(iat).toHaveText('2026-01-01 09:00:00 UTC');
  await expect(exp).toHaveText('2026-07-01 10:00:00 UTC');
  await expect(exp).toHaveAttribute('datetime', '2026-07-01T10:00:00.000Z');

  await time.zone('Local').check();
  await expect(iat).toHaveText('2026-01-01 10:00:00 UTC+01:00');
  await expect(exp).toHaveText('2026-07-01 12:00:00 UTC+02:00');
  await expect(exp).toHaveAttribute('datetime', '2026-07-01T10:00:00.000Z');

  // A time typed without an offset is read in the zone shown: 11:00 in Berlin is 10:00 UTC.
  await time.evaluateAt.fill('2026-01-01 11:00:00');
  const verdict = await lens.settledVerdict();
  await expect(verdict).toContainText('Evaluated at 2026-01-01 11:00:00 UTC+01:00, not now');
  await expect(payload.getByText('issued 1 h ago')).toHaveAttribute(
    'title',
    '2026-01-01 10:00:00 UTC+01:00 — exactly 3,600 s before 2026-01-01 11:00:00 UTC+01:00',
  );

  await time.zone('UTC').check();
  await expect(verdict).toContainText('Evaluated at 2026-01-01 10:00:00 UTC, not now');
  await expect(time.evaluateAt).toHaveValue('2026-01-01 10:00:00 UTC');
  await expect(iat).toHaveText('2026-01-01 09:00:00 UTC');
  await expect(payload.getByText('issued 1 h ago')).toHaveAttribute(
    'title',
    '2026-01-01 09:00:00 UTC — exactly 3,600 s before 2026-01-01 10:00:00 UTC',
  );
});

test('what cannot be a time is refused with a reason, and the instant in force stays', async ({ lens, page }) => {
  await lens.open();
  await lens.paste(hs256({ sub: 'typo', iat: JAN_1 - HOUR, exp: JAN_1 + HOUR }));
  const time = timeControls(page);
  await time.evaluateAt.fill(String(JAN_1));
  const verdict = await lens.settledVerdict();
  await expect(verdict).toContainText('Evaluated at 2026-01-01 10:00:00 UTC, not now');
  await expect(lens.region('Payload').locator('[data-claim-time="exp"]')).toContainText('expires in 1 h');

  await time.evaluateAt.fill('2026-02-30 10:00');
  await expect(page.getByText('There is no such date and time.')).toBeVisible();
  await expect(verdict).toContainText('Evaluated at 2026-01-01 10:00:00 UTC, not now');
  await expect(verdict).toHaveAttribute('aria-busy', 'false');
});

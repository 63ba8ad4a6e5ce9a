import { expect, test } from './support/fixtures';
import { b64url } from './support/tokens';

/*
 * Issue 13, item 7: numbers as written. JSON.stringify would round the ID before it ever reached the
 * token, so the payload is base64url-encoded from this exact text.
 */
const PAYLOAD_TEXT = '{"sub":"x","id":12345678901234567890,"ok":1.5}';
const TOKEN = [b64url('{"alg":"HS256","typ":"JWT"}'), b64url(PAYLOAD_TEXT), b64url('not a real signature')].join('.');

test.describe('A claim JavaScript would read as another number', () => {
  test('is shown as written, marked with what JavaScript reads, and listed in Problems', async ({ lens }) => {
    await lens.open();
    await lens.paste(TOKEN);
    const payload = lens.region('Payload');
    await expect(payload).toContainText('"id": 12345678901234567890');
    await expect(payload).not.toContainText('12345678901234567000');
    const marker = payload.getByRole('img', { name: 'JavaScript reads 12345678901234567000' });
    await expect(marker).toBeVisible();
    await expect(marker).toHaveAttribute('title', 'JavaScript reads 12345678901234567000');
    // 1.5 is read exactly: shown plainly, and the ID's is the only marker.
    await expect(payload).toContainText('"ok": 1.5');
    await expect(payload.getByRole('img', { name: /^JavaScript reads/ })).toHaveCount(1);

    const problem = lens.problems.locator('[data-finding="json-number-imprecise"]');
    await expect(problem).toHaveCount(1);
    await expect(problem).toContainText('$.id');
    await expect(problem).toContainText('12345678901234567890');
    await expect(problem).toContainText('12345678901234567000');
    await expect(lens.problems).not.toContainText('$.ok');
  });

  test('numbers read exactly keep their spelling, with no marker and no such problem', async ({ lens }) => {
    await lens.open();
    await lens.paste(
      [b64url('{"alg":"HS256"}'), b64url('{"sub":"x","id":9007199254740991,"n":1.0,"e":1E3}'), b64url('sig')].join('.'),
    );
    const payload = lens.region('Payload');
    await expect(payload).toContainText('"id": 9007199254740991');
    await expect(payload).toContainText('"n": 1.0');
    await expect(payload).toContainText('"e": 1E3');
    await expect(payload.getByRole('img', { name: /^JavaScript reads/ })).toHaveCount(0);
    await expect(lens.finding('json-number-imprecise')).toHaveCount(0);
  });
});

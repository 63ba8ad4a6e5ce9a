// Pre-flight for `npm run test:e2e`: fail early, with one actionable line, if no Chromium exists.
import { findChromium } from './chromium-path.mjs';

if (findChromium() === null) {
  process.stderr.write(
    'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH.\n',
  );
  process.exit(1);
}

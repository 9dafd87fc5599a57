// The teacher page in the browser tests: open it on a laptop, bring pupils' files in.
import { readFileSync } from 'node:fs';
import { browser, origin, guard } from './browser.mjs';

/** The teacher's page on a laptop: a mouse, no touch. */
export async function openTeacher(b = browser, options = {}, heading = 'Give levels to a class') {
  const context = await b.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const problems = guard(page, origin);
  await page.goto(origin + '/teacher.html');
  await page.getByRole('heading', { name: heading }).waitFor({ timeout: 60_000 });
  return { context, page, problems };
}

/** Brings files in through the page's file field. */
export async function importFiles(page, files) {
  await page.getByLabel('Pupils’ results files').setInputFiles(files);
}

/** Four pupils' files (made by tests/e2e_fixtures.rs with the game's own code), for setInputFiles. */
export function fourPupilsFiles() {
  const files = JSON.parse(readFileSync(new URL('fixtures/four-pupils-files.json', import.meta.url), 'utf8'));
  return Object.entries(files).map(([name, text]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) }));
}

// axe-core (Deque's accessibility rules engine, pinned in package.json) run inside the page,
// as a school's accessibility audit would: the whole document, which for the game is the
// accessibility layer over the canvas (issue #18 §5).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious and critical violations on the page as it is now, one line each (rule, impact,
 * the elements and what axe says to fix). Evaluated through the DevTools protocol, so the
 * page's Content-Security-Policy stays as it is.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ')}`));
  });
}

/** `npm run bench -- --only console` rewrites the console's section of BENCHMARKS.md and leaves every other section as it was. */
import { CONSOLE_HEADING, consoleSection } from '../bench/console';
import { withSection } from '../bench/compare';

const figures = (coldMs: number[]) => ({
  initialJsGzipBytes: 183_706,
  initialJsFiles: 3,
  coldMs,
  warmMs: [500, 450, 480],
});

describe("the console's section of BENCHMARKS.md", () => {
  it('states the initial JavaScript and the median cold and warm times against their budgets', () => {
    const text = consoleSection(figures([900, 1200, 800])).join('\n');
    expect(text).toContain('**179.4 KB** in 3 files (target at most 250 KB)');
    expect(text).toContain('median **900 ms** (900, 1200, 800) (target at most 1500 ms)');
    expect(text).toContain('median **480 ms**');
  });

  it('is appended once, then replaced in place, with the sections around it kept', () => {
    const before = '# Benchmarks\n\n## 5. Statistics\n\nfast\n';
    const once = withSection(before, CONSOLE_HEADING, consoleSection(figures([1000])));
    expect(once.startsWith(before.trimEnd())).toBe(true);
    const twice = withSection(`${once}\n## 7. Later\n\nkept\n`, CONSOLE_HEADING, consoleSection(figures([700])));
    expect(twice.split(CONSOLE_HEADING)).toHaveLength(2);
    expect(twice).toContain('median **700 ms**');
    expect(twice).not.toContain('median **1000 ms**');
    expect(twice).toContain('## 5. Statistics\n\nfast');
    expect(twice).toContain('## 7. Later\n\nkept\n');
  });
});

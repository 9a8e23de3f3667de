/**
 * Loaded before every test file of every project (jest.config.js): a focused
 * test (`it.only`, `test.only`, `describe.only`, `fit`, `fdescribe`) fails
 * its file instead of quietly turning the rest of the file into skips. The
 * lint rule says the same before the run; this holds when lint is skipped
 * (a focused `npm test -- …`) or a file escapes it.
 */
const refuse = (name: string): unknown => {
  const fail = (): never => {
    throw new Error(`${name}: a focused test is refused (it would skip the rest of its file). Run one test with \`npm test -- <file> -t '<name>'\` instead.`);
  };
  // Called (`it.only(…)`) or through its variants (`it.only.each(…)(…)`, `it.only.failing(…)`): refused either way.
  return Object.assign(fail, { each: fail, failing: fail });
};

type Focusable = { only: unknown };
const focusable = globalThis as unknown as Record<string, Focusable | undefined>;
for (const name of ['it', 'test', 'describe']) {
  const fn = focusable[name];
  if (fn) Object.defineProperty(fn, 'only', { value: refuse(name === 'describe' ? 'describe.only' : 'it.only / test.only'), writable: false, configurable: true });
}
for (const name of ['fit', 'fdescribe']) {
  if (name in focusable) Object.defineProperty(globalThis, name, { value: refuse(name), writable: false, configurable: true });
}

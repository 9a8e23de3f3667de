/**
 * The text without its trailing characters that `isTrailing` accepts, in one
 * pass from the end. `text.replace(/[…]+$/, '')` reads a text with many runs
 * of those characters in quadratic time (each run is tried, and fails at `$`,
 * from every position in it); this reads each character at most once.
 */
export const trimEndWhere = (text: string, isTrailing: (char: string) => boolean): string => {
  let end = text.length;
  while (end > 0 && isTrailing(text[end - 1])) end -= 1;
  return end === text.length ? text : text.slice(0, end);
};

/** The text without its leading characters that `isLeading` accepts. */
export const trimStartWhere = (text: string, isLeading: (char: string) => boolean): string => {
  let start = 0;
  while (start < text.length && isLeading(text[start])) start += 1;
  return start === 0 ? text : text.slice(start);
};

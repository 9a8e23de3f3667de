/**
 * The reports bench:archive imports: the seed report as the n-th meeting of
 * an archive, whole or in its short form.
 */

/**
 * The seed report's lines that hold its achievements (24–36), street cases
 * (38–56) and the vice mayor's four points (62–68): left out of the reports
 * that only grow the archive (SEED_FORM=short, the default), which keep the
 * meeting and its four speakers — what the speakers' pages and the renames
 * are about — at a third of an import's writes. The timed imports are the
 * whole report.
 */
const PARTS = [
  [24, 36],
  [38, 56],
  [62, 68],
];
const shortForm = (text) =>
  text
    .split('\n')
    .filter((_, index) => !PARTS.some(([from, to]) => index + 1 >= from && index + 1 <= to))
    .join('\n');

/**
 * The seed report as the n-th meeting: its own title and meeting name, held
 * n days after 2018-01-01 (so the newest import is each speaker's latest
 * speech; 3,000 days stay in the past, which the date rules ask), its years
 * moved with it (the year under review stays the one before the meeting's).
 */
export const reportVariant = (seed, n, form = 'full') => {
  const held = new Date(Date.UTC(2018, 0, 1 + n));
  const reported = new Date(Date.UTC(2018, 0, 2 + n));
  const parts = (d) => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const [ry, rm, rd] = parts(reported);
  const [hy, hm, hd] = parts(held);
  const years = { 2022: hy - 1, 2023: hy, 2025: hy + 2 };
  return (form === 'short' ? shortForm(seed) : seed)
    .replace(/实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议/g, '@TITLE@')
    .replace('2023-04-29 09:58', '@STAMP@')
    .replace('2023年4月29日讯(记者 田也)4月28日', '@DATELINE@')
    .replace(/福田区残工委第一次全体会议/g, `福田区残工委第${n + 1}次全体会议`)
    .replace(/20(22|23|25)(?=年|-20)/g, (year) => String(years[year]))
    .replace(/@TITLE@/g, `福田区召开区残工委会议(第${n + 1}次)`)
    .replace('@STAMP@', `${reported.toISOString().slice(0, 10)} 09:58`)
    .replace('@DATELINE@', `${ry}年${rm}月${rd}日讯(记者 田也)${hm}月${hd}日`);
};


import fs from 'fs';
import path from 'path';

/** The article the project grew from: ../shared/seed beside the repository, in CI too. */
export const SEED_FILE = path.resolve(__dirname, '../../../../shared/seed/futian-2023-disability-committee-meeting.txt');
export const seedText = (): string => fs.readFileSync(SEED_FILE, 'utf8');

/** The seed with another headline and report time: a different report of the same shape. */
export const variantOfSeed = (n: number): string =>
  seedText()
    .replace(/实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议/g, `福田区召开2023年区残工委会议(第${n}篇)`)
    .replace('2023-04-29 09:58', `2023-04-29 ${String(10 + Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`);

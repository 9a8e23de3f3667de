/**
 * Names in Latin letters for English credit lines: 郑晓鹏 → Zheng Xiaopeng.
 *
 * Chinese names are romanized as Hanyu Pinyin the way English-language
 * Chinese media print them: surname first, then the given name as one word,
 * each capitalized, no tones. The surname is read with pinyin-pro's surname
 * readings (`surname: 'head'`: only the name's first characters are read as a
 * surname, so 单 is Shan, 曾 Zeng, 解 Xie, 区 Ou, 仇 Qiu, 朴 Piao, while 曾乐
 * keeps the given name's ordinary reading, Zeng Le). Common compound surnames
 * (欧阳, 司马 …) stay one word: 欧阳修 → Ouyang Xiu. Inside a given name, a
 * syllable starting with a, o or e gets an apostrophe (Xi'an), as pinyin
 * spells it.
 *
 * A name already written in Latin letters (Mary O'Neil) is kept as written.
 * Parts separated by `·` (阿卜杜·热合曼) are romanized one by one and joined
 * with a space; pinyin of a transliterated non-Han name is only an
 * approximation, which the editor can replace by writing the name in Latin
 * letters in the en document.
 */
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/** Compound surnames read as one word. pinyin-pro knows their readings; this list only says where the surname ends. */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯',
  '轩辕', '端木', '独孤', '南宫', '西门', '百里', '呼延', '澹台', '万俟', '申屠', '闻人', '赫连', '钟离', '淳于',
  '濮阳', '太史', '公羊', '司空', '第五', '鲜于', '闾丘', '拓跋', '左丘', '东郭', '梁丘',
]);

/** Surname readings pinyin-pro (3.29) lacks: 种 as a surname is Chong (种师道). */
const SURNAME_READINGS: Readonly<Record<string, string>> = { 种: 'chong' };

const capitalize = (word: string): string => (word === '' ? word : word[0].toUpperCase() + word.slice(1));

/** Syllables as one word, with an apostrophe before a syllable starting with a vowel (Xi'an, Tian'e). */
function joinSyllables(syllables: ReadonlyArray<string>): string {
  return syllables.map((syllable, index) => (index > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable)).join('');
}

function syllablesOf(text: string): string[] {
  return pinyin(text, { surname: 'head', toneType: 'none', type: 'array', v: false }).map((s) => s.replace(/ü/g, 'u'));
}

/** One run of Han characters written as a person's name: Zheng Xiaopeng, Ouyang Xiu, Tian Ye. */
function romanizeHanName(name: string): string {
  const characters = [...name];
  const syllables = syllablesOf(name);
  if (characters.length === 1 || syllables.length !== characters.length) return capitalize(joinSyllables(syllables));
  const surnameLength = characters.length >= 3 && COMPOUND_SURNAMES.has(characters.slice(0, 2).join('')) ? 2 : 1;
  if (surnameLength === 1 && characters[0] in SURNAME_READINGS) syllables[0] = SURNAME_READINGS[characters[0]];
  const surname = capitalize(joinSyllables(syllables.slice(0, surnameLength)));
  const given = capitalize(joinSyllables(syllables.slice(surnameLength)));
  return given === '' ? surname : `${surname} ${given}`;
}

/** A word that is not a Han name (Mary, O'Neil) is kept; one that is, is romanized. */
function romanizeWord(word: string): string {
  if (!HAN.test(word)) return word;
  // Han characters mixed with other letters: romanize the Han runs in place.
  if (!/^\p{Script=Han}+$/u.test(word)) {
    return word.replace(/\p{Script=Han}+/gu, (run) => ` ${romanizeHanName(run)} `).replace(/\s+/g, ' ').trim();
  }
  return romanizeHanName(word);
}

/** A credit name in Latin letters; names without Han characters come back unchanged. */
export function romanizeName(name: string): string {
  if (!HAN.test(name)) return name;
  // 阿卜杜·热合曼: a transliterated name, each part one word, no surname split.
  if (name.includes('·')) {
    return name
      .split(/[\s·]+/)
      .filter((part) => part !== '')
      .map((part) => (/^\p{Script=Han}+$/u.test(part) ? capitalize(joinSyllables(syllablesOf(part))) : romanizeWord(part)))
      .join(' ');
  }
  return name
    .split(/\s+/)
    .filter((part) => part !== '')
    .map(romanizeWord)
    .join(' ');
}

import { romanizeName } from '../../../src/plugins/newsroom/server/src/editorial/credit-romanize';

describe('romanizeName', () => {
  it.each([
    // The seed's people.
    ['田也', 'Tian Ye'],
    ['陈飞', 'Chen Fei'],
    ['陈苏雅', 'Chen Suya'],
    ['郑晓鹏', 'Zheng Xiaopeng'],
    ['罗念纯', 'Luo Nianchun'],
    // Surnames whose ordinary reading differs (polyphones read as surnames).
    ['单雄信', 'Shan Xiongxin'],
    ['曾国藩', 'Zeng Guofan'],
    ['解缙', 'Xie Jin'],
    ['区志航', 'Ou Zhihang'],
    ['仇英', 'Qiu Ying'],
    ['朴树', 'Piao Shu'],
    ['查良镛', 'Zha Liangyong'],
    ['翟志刚', 'Zhai Zhigang'],
    ['盖聂', 'Ge Nie'],
    ['乐嘉', 'Yue Jia'],
    ['种师道', 'Chong Shidao'],
    ['缪可馨', 'Miao Kexin'],
    ['覃斌', 'Qin Bin'],
    // Only the surname gets a surname reading: 曾乐's 乐 stays le.
    ['曾乐', 'Zeng Le'],
    // Compound surnames stay one word.
    ['欧阳修', 'Ouyang Xiu'],
    ['司马光', 'Sima Guang'],
    ['诸葛亮', 'Zhuge Liang'],
    ['尉迟恭', 'Yuchi Gong'],
    // An apostrophe where a syllable starting with a, o or e follows another.
    ['张西安', "Zhang Xi'an"],
  ])('%s → %s', (name, romanized) => {
    expect(romanizeName(name)).toBe(romanized);
  });

  it.each(["Mary O'Neil", 'Jean-Luc Picard', 'Анна Петрова', 'José'])('keeps %s, written without Han characters', (name) => {
    expect(romanizeName(name)).toBe(name);
  });

  it('romanizes each part of a name with a middle dot and mixed names in place', () => {
    expect(romanizeName('阿卜杜·热合曼')).toBe('Abudu Reheman');
    expect(romanizeName('陈 Tom')).toBe('Chen Tom');
  });
});

import {
  SLUG_MAX_LENGTH,
  fallbackSlug,
  isValidSlug,
  normalizeSlug,
  slugFor,
  toSlug,
  withSuffix,
} from '../../../src/plugins/newsroom/server/src/editorial/slug';

const SEED_TITLE = '2023年福田区残工委第一次全体会议';
const SEED_SLUG = '2023-nian-fu-tian-qu-can-gong-wei-di-yi-ci-quan-ti-hui-yi';

describe('toSlug', () => {
  it('gives the content-model examples exactly', () => {
    expect(toSlug(SEED_TITLE)).toBe(SEED_SLUG);
    expect(toSlug('罗念纯')).toBe('luo-nian-chun');
  });

  it('keeps Latin words and digit runs whole between Chinese syllables', () => {
    expect(toSlug('2023年Futian区')).toBe('2023-nian-futian-qu');
  });

  it.each([
    ['full-width letters and digits (NFKC)', 'ＡＢＣ１２３', 'abc123'],
    ['Latin accents', 'Café', 'cafe'],
    ['accents next to Chinese', 'Café 福田', 'cafe-fu-tian'],
    ['ü written v', '绿色女性', 'lv-se-nv-xing'],
    ['punctuation inside Latin text breaks words', 'COVID-19 v1.2 A/B', 'covid-19-v1-2-a-b'],
    ['apostrophes do not break words', "Women's Day", 'womens-day'],
    ['Chinese book-title marks', '《残疾人保障法》宣传', 'can-ji-ren-bao-zhang-fa-xuan-chuan'],
    ['symbols are dropped, not spelled out', 'A & B 100%', 'a-b-100'],
    ['letters slugify transliterates', 'Straße Øre łódź', 'strasse-ore-lodz'],
    ['surrounding and repeated spaces', '  福田区   残联  ', 'fu-tian-qu-can-lian'],
  ])('handles %s', (_case, text, slug) => {
    expect(toSlug(text)).toBe(slug);
  });

  it.each([
    ['punctuation only', '！？。…'],
    ['emoji only', '🎉🎉'],
    ['empty', ''],
    ['spaces only', ' \u3000 '],
    ['a lone symbol', '&'],
    ['a script with no ASCII spelling', 'こんにちは'],
  ])('returns "" for a title with nothing to spell (%s)', (_case, text) => {
    expect(toSlug(text)).toBe('');
  });

  it('cuts a 300-character Chinese title at a syllable boundary within the bound', () => {
    const phrase = '福田区残工委第一次全体会议';
    const title = phrase.repeat(Math.ceil(300 / phrase.length));
    expect(title.length).toBeGreaterThanOrEqual(300);

    // The longest run of whole syllables that fits, built independently of slug.ts.
    const syllables = 'fu-tian-qu-can-gong-wei-di-yi-ci-quan-ti-hui-yi'.split('-');
    const all = Array.from({ length: title.length }, (_, i) => syllables[i % syllables.length]);
    let expected = '';
    for (const s of all) {
      const next = expected === '' ? s : `${expected}-${s}`;
      if (next.length > SLUG_MAX_LENGTH) break;
      expected = next;
    }

    const slug = toSlug(title);
    expect(slug).toBe(expected);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(isValidSlug(slug)).toBe(true);
  });

  it('cuts a single overlong word hard, since it has no boundary', () => {
    expect(toSlug('x'.repeat(200))).toBe('x'.repeat(SLUG_MAX_LENGTH));
  });
});

describe('fallbackSlug and slugFor', () => {
  it('falls back to the content kind when the title gives nothing', () => {
    expect(slugFor('！？。…', 'meeting')).toBe('meeting');
    expect(slugFor('🎉🎉', 'street-case')).toBe('street-case');
    expect(slugFor(SEED_TITLE, 'meeting')).toBe(SEED_SLUG);
  });

  it('normalizes the kind and never returns ""', () => {
    expect(fallbackSlug('meeting')).toBe('meeting');
    expect(fallbackSlug('Street_Case')).toBe('street-case');
    expect(fallbackSlug('🎉')).toBe('item');
  });
});

describe('withSuffix', () => {
  it('leaves the first holder bare and suffixes the others', () => {
    expect(withSuffix('luo-nian-chun', 1)).toBe('luo-nian-chun');
    expect(withSuffix('luo-nian-chun', 0)).toBe('luo-nian-chun');
    expect(withSuffix('luo-nian-chun', 2)).toBe('luo-nian-chun-2');
    expect(withSuffix('luo-nian-chun', 3)).toBe('luo-nian-chun-3');
  });

  it('trims a 96-character base at a word boundary to make room', () => {
    const base = `${'abcd-'.repeat(19)}x`;
    expect(base.length).toBe(SLUG_MAX_LENGTH);
    expect(isValidSlug(base)).toBe(true);

    const slug = withSuffix(base, 12);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith('-12')).toBe(true);
    expect(slug).toBe(`${'abcd-'.repeat(17)}abcd-12`);
    expect(isValidSlug(slug)).toBe(true);
  });

  it('stays in bound for a generated slug at the limit', () => {
    const base = toSlug('福田区残工委第一次全体会议'.repeat(30));
    const slug = withSuffix(base, 12);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith('-12')).toBe(true);
    expect(base.startsWith(slug.slice(0, -'-12'.length))).toBe(true);
    expect(isValidSlug(slug)).toBe(true);
  });

  it('cuts a single 96-character word hard to keep the suffix whole', () => {
    expect(withSuffix('y'.repeat(SLUG_MAX_LENGTH), 12)).toBe(`${'y'.repeat(SLUG_MAX_LENGTH - 3)}-12`);
  });

  it('rejects caller bugs', () => {
    expect(() => withSuffix('', 2)).toThrow(RangeError);
    expect(() => withSuffix('a', 2.5)).toThrow(RangeError);
    expect(() => withSuffix('a', Number.NaN)).toThrow(RangeError);
  });
});

describe('normalizeSlug', () => {
  it.each([
    ['  Hello World  ', 'hello-world'],
    ['福田区', 'fu-tian-qu'],
    ['a--b', 'a-b'],
    ['-a-b-', 'a-b'],
    ['Meeting_2023', 'meeting-2023'],
    ['2023-福田区会议', '2023-fu-tian-qu-hui-yi'],
    ['！？', ''],
  ])('normalizes %j to %j', (input, slug) => {
    expect(normalizeSlug(input)).toBe(slug);
  });

  it('leaves a valid slug unchanged', () => {
    expect(normalizeSlug(SEED_SLUG)).toBe(SEED_SLUG);
    expect(normalizeSlug('a-1-b-22')).toBe('a-1-b-22');
  });

  it('bounds a long hand-typed slug at a word boundary', () => {
    const typed = 'word-'.repeat(40);
    const slug = normalizeSlug(typed);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(isValidSlug(slug)).toBe(true);
    expect(slug.split('-').every((w) => w === 'word')).toBe(true);
  });
});

describe('isValidSlug', () => {
  it.each(['a', '0', 'luo-nian-chun', SEED_SLUG, 'a-1', 'x'.repeat(SLUG_MAX_LENGTH)])('accepts %j', (s) => {
    expect(isValidSlug(s)).toBe(true);
  });

  it.each([
    '',
    '-a',
    'a-',
    'a--b',
    'A',
    'a b',
    'a_b',
    'café',
    '福田',
    'x'.repeat(SLUG_MAX_LENGTH + 1),
    42,
    null,
    undefined,
  ])('rejects %j', (s) => {
    expect(isValidSlug(s)).toBe(false);
  });
});

describe('random titles', () => {
  // Seeded (mulberry32) so a failure reproduces; no extra dependencies.
  function rng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  // Code point ranges a newsroom title might plausibly contain, plus hostile ones.
  const ranges: Array<[number, number]> = [
    [0x20, 0x7e], // ASCII printable, including '-', '_', punctuation
    [0x4e00, 0x9fff], // CJK unified ideographs
    [0x4e00, 0x9fff],
    [0x3000, 0x303f], // CJK punctuation
    [0xff01, 0xff5e], // full-width ASCII
    [0xc0, 0x17f], // Latin-1 and Latin Extended-A
    [0x300, 0x36f], // stray combining marks
    [0x400, 0x4ff], // Cyrillic
    [0x3040, 0x30ff], // kana
    [0x1f300, 0x1f64f], // emoji
    [0x20000, 0x2a6df], // CJK extension B (astral)
    [0x2000, 0x206f], // general punctuation, zero-width characters
  ];

  function randomTitle(next: () => number): string {
    const length = Math.floor(next() * 160);
    let s = '';
    for (let i = 0; i < length; i += 1) {
      const [lo, hi] = ranges[Math.floor(next() * ranges.length)];
      s += String.fromCodePoint(lo + Math.floor(next() * (hi - lo + 1)));
    }
    return s;
  }

  it('always gives a valid slug or "", and normalizeSlug keeps it', () => {
    const next = rng(20230428);
    let nonEmpty = 0;
    for (let i = 0; i < 400; i += 1) {
      const title = randomTitle(next);
      const slug = toSlug(title);
      expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
      if (slug === '') {
        expect(isValidSlug(slugFor(title, 'meeting'))).toBe(true);
        continue;
      }
      nonEmpty += 1;
      if (!isValidSlug(slug)) throw new Error(`invalid slug ${JSON.stringify(slug)} for ${JSON.stringify(title)}`);
      expect(normalizeSlug(slug)).toBe(slug);
      const suffixed = withSuffix(slug, 2 + Math.floor(next() * 10000));
      expect(isValidSlug(suffixed)).toBe(true);
    }
    // The generator is mostly letters; make sure the loop really exercised slugs.
    expect(nonEmpty).toBeGreaterThan(300);
  });
});

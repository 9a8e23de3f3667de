/** The words of the preview page, in the page's language (Chinese, or English for an `en…` locale): the fields' and values' words (shared/page-words.ts) and the preview's own. */
import { isEnglishLocale } from '../../../shared/locale';
import { PAGE_WORDS_EN, PAGE_WORDS_ZH, type PageWords } from '../../../shared/page-words';

export interface PreviewWords extends PageWords {
  draft: string;
  published: string;
  notice: (status: string, expires: string) => string;
  /** The mark of a document under embargo: on no public path before `until` (Beijing time). */
  embargoed: (until: string) => string;
  readAloud: string;
  missingAlt: string;
  untitled: string;
}

const ZH: PreviewWords = {
  ...PAGE_WORDS_ZH,
  draft: '草稿',
  published: '已发布版本',
  notice: (status, expires) => `预览（${status}）：仅供编辑查看，此链接于北京时间 ${expires} 失效。`,
  embargoed: (until) => `禁发：北京时间 ${until} 之前，本稿不出现在任何公开渠道。`,
  readAloud: '朗读文本',
  missingAlt: '这张图片还没有替代文字，发布前须补上。',
  untitled: '（无标题）',
};

const EN: PreviewWords = {
  ...PAGE_WORDS_EN,
  draft: 'draft',
  published: 'published version',
  notice: (status, expires) => `Preview (${status}) for editors only; this link expires at ${expires} Beijing time.`,
  embargoed: (until) => `Embargoed: on no public path until ${until} Beijing time.`,
  readAloud: 'Text for reading aloud',
  missingAlt: 'This image has no alternative text yet; it needs one before publishing.',
  untitled: '(untitled)',
};

export const wordsFor = (locale: string | null | undefined): PreviewWords => (isEnglishLocale(locale) ? EN : ZH);

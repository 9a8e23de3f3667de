import { Headings } from '../../../src/plugins/newsroom/server/src/output/preview-html-blocks';
import { renderPreviewHtml } from '../../../src/plugins/newsroom/server/src/output/preview-html';
import { meetingArticle } from '../../../src/plugins/newsroom/server/src/output/preview-html-kinds';
import { checkPreview, previewPath, signPreview, type PreviewTarget } from '../../../src/plugins/newsroom/server/src/services/preview/links';
import { seedMeetingView } from './seed-meeting-view';

describe('preview page', () => {
  const html = (page: Record<string, unknown>) =>
    renderPreviewHtml({ article: meetingArticle, page, status: 'draft', expiresAt: new Date('2023-04-29T02:00:00Z'), nonce: 'n0nce', readAloud: 'a\nb' });

  it('has lang from the locale, one h1, and headings that never skip a level', () => {
    const out = html({ ...seedMeetingView(), body: [{ type: 'heading', level: 4, children: [{ type: 'text', text: '深' }] }, { type: 'heading', level: 6, children: [{ type: 'text', text: '更深' }] }] });
    expect(out).toContain('<html lang="zh-Hans">');
    const levels = [...out.matchAll(/<h(\d)/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual(levels[i - 1] + 1));
    expect(levels.slice(0, 3)).toEqual([1, 2, 3]);
  });

  it('escapes text, and no </script> can end the JSON-LD early', () => {
    const out = renderPreviewHtml({
      article: meetingArticle,
      page: { locale: 'en', title: '<b>x</b>' },
      jsonLd: { name: '</script><script>alert(1)</script>' },
      status: 'published',
      expiresAt: new Date(),
      nonce: 'n',
    });
    expect(out).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(out).not.toContain('</script><script>alert(1)');
    expect(out).toContain('<html lang="en">');
  });

  it('gives images their alternative text, and tells the editor when there is none', () => {
    expect(html({ locale: 'zh-Hans', title: 't', cover: { url: '/uploads/a.jpg', alternativeText: '会场' } })).toContain('<img src="/uploads/a.jpg" alt="会场">');
    const missing = html({ locale: 'zh-Hans', title: 't', cover: { url: '/uploads/a.jpg', alternativeText: null } });
    expect(missing).toContain('alt=""');
    expect(missing).toContain('还没有替代文字');
  });

  it('Headings: the first is h1, later ones at most one below the previous and never h1 again', () => {
    const h = new Headings();
    expect([1, 1, 5, 2, 6, 3].map((wanted) => h.next(wanted))).toEqual([1, 2, 3, 2, 3, 3]);
  });
});

describe('preview links', () => {
  const target: PreviewTarget = { kind: 'meeting', documentId: 'abc', locale: 'zh-Hans', status: 'draft' };
  const secret = 's3cret';

  it('holds for the link it signed until it expires', () => {
    const expires = 1_000;
    const signature = signPreview(secret, target, expires);
    expect(checkPreview(secret, target, { expires: '1000', signature }, 999)).toBeNull();
    expect(checkPreview(secret, target, { expires: '1000', signature }, 1001)).toBe('expired');
    expect(previewPath(secret, target, expires)).toBe(`/newsroom/preview/meeting/abc?locale=zh-Hans&status=draft&expires=1000&signature=${signature}`);
  });

  it('is refused unsigned, for another document, status, locale, expiry or secret', () => {
    const signature = signPreview(secret, target, 1000);
    expect(checkPreview(secret, target, {}, 0)).toBe('unsigned');
    expect(checkPreview(secret, { ...target, documentId: 'abd' }, { expires: '1000', signature }, 0)).toBe('bad-signature');
    expect(checkPreview(secret, { ...target, status: 'published' }, { expires: '1000', signature }, 0)).toBe('bad-signature');
    expect(checkPreview(secret, { ...target, locale: 'en' }, { expires: '1000', signature }, 0)).toBe('bad-signature');
    expect(checkPreview(secret, target, { expires: '2000', signature }, 0)).toBe('bad-signature');
    expect(checkPreview('other', target, { expires: '1000', signature }, 0)).toBe('bad-signature');
    expect(checkPreview(secret, target, { expires: '1e9', signature }, 0)).toBe('invalid');
  });
});

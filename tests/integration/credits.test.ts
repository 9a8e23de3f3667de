/**
 * Credits as Chinese newsrooms print them (issue 12), through the admin's
 * content manager, REST and GraphQL: the 读特 review chain publishes under
 * `either` and `three-review`; one person as 二审 and 三审 is refused on the
 * credits field with a stable code; under `responsible-editor` the chain
 * alone is refused; the seed still publishes under `either` and
 * `responsible-editor`. The policy and house style are switched per test with
 * `strapi.config.set`, which the hooks read on every write.
 */
import { adminWithLanguage } from './helpers/admin-users';
import { meetingData, seedEditorial } from './helpers/fixtures';
import { http } from './helpers/http';
import { expectProblem, meetingRows } from './helpers/refusals';
import { useTestApp } from './helpers/app';
import { type TestApp } from './helpers/strapi';

const MEETING = 'plugin::newsroom.meeting';
const CM = `/content-manager/collection-types/${MEETING}`;

let app: TestApp;
let apiToken: string;
let adminToken: string;
useTestApp({ apiToken: true, adminToken: true }, (ready) => ({ app, apiToken, adminToken } = ready));

type Policy = 'responsible-editor' | 'three-review' | 'either';
const setPolicy = (policy: Policy) => app.strapi.config.set('plugin::newsroom.signOff', policy);
afterEach(() => {
  setPolicy('either');
  app.strapi.config.set('plugin::newsroom.creditStyle', 'brackets');
});

/** 读特's chain: 见习编辑 陈飞 审读 陈苏雅 二审 郑晓鹏 三审 王五, and the reporter. */
const CHAIN = [
  { role: 'reporter', name: '田也' },
  { role: 'trainee-editor', name: '陈飞' },
  { role: 'proofreader', name: '陈苏雅' },
  { role: 'second-reviewer', name: '郑晓鹏' },
  { role: 'final-reviewer', name: '王五' },
];
/** 郑晓鹏 as 二审 and 三审: the final reviewer's credit is number 4. */
const SAME_PERSON = CHAIN.map((credit) => (credit.role === 'final-reviewer' ? { ...credit, name: '郑晓鹏' } : credit));
const withCredits = (credits: Array<{ role: string; name: string }>) => meetingData({ editorial: { ...seedEditorial(), credits } });
const FINAL_REVIEWER_NAME = ['editorial', 'credits', 4, 'name'];

describe("through the admin's content manager", () => {
  const admin = () => http(app.baseUrl, adminToken);
  const createAndPublish = async (data: unknown) => {
    const created = await admin().post(CM, data);
    expect(created.status).toBe(201);
    return { documentId: created.body.data.documentId as string, publish: await admin().post(`${CM}/${created.body.data.documentId}/actions/publish`, {}) };
  };

  it.each<Policy>(['either', 'three-review'])('publishes a 读特-style chain under %s', async (policy) => {
    setPolicy(policy);
    const { publish } = await createAndPublish(withCredits(CHAIN));
    expect(publish.status).toBe(200);
    expect(publish.body.data.publishedAt).not.toBeNull();
    expect(publish.body.data.editorial.creditLine).toBe('[见习编辑:陈飞] [审读:陈苏雅] [二审:郑晓鹏] [三审:王五]');
  });

  it.each<Policy>(['either', 'three-review'])('refuses one person as 二审 and 三审 under %s, on publish and bulk publish, and writes nothing', async (policy) => {
    setPolicy(policy);
    const created = await admin().post(CM, withCredits(SAME_PERSON));
    expect(created.status).toBe(201); // a draft may be incomplete
    const { documentId } = created.body.data;
    const before = await meetingRows(app.strapi);
    const publish = await admin().post(`${CM}/${documentId}/actions/publish`, {});
    expect(publish.status).toBe(400);
    expectProblem(publish.body.error.details.errors, FINAL_REVIEWER_NAME, 'credits.review.same-person');
    const bulk = await admin().post(`${CM}/actions/bulkPublish`, { documentIds: [documentId] });
    expect(bulk.status).toBe(400);
    expectProblem(bulk.body.error.details.errors, FINAL_REVIEWER_NAME, 'credits.review.same-person');
    expect(await meetingRows(app.strapi)).toEqual(before);
  });

  it('refuses the chain alone under responsible-editor', async () => {
    setPolicy('responsible-editor');
    const { publish } = await createAndPublish(withCredits(CHAIN));
    expect(publish.status).toBe(400);
    expectProblem(publish.body.error.details.errors, ['editorial', 'credits'], 'credits.responsible-editor.missing');
  });

  it.each<Policy>(['either', 'responsible-editor'])('still publishes the seed under %s', async (policy) => {
    setPolicy(policy);
    const { publish } = await createAndPublish(meetingData());
    expect(publish.status).toBe(200);
    expect(publish.body.data.editorial.creditLine).toBe('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]');
  });

  it('splits a pasted chain into its credits and prints the chain house style', async () => {
    app.strapi.config.set('plugin::newsroom.creditStyle', 'chain');
    const created = await admin().post(CM, withCredits([{ role: 'reporter', name: '田也' }, { role: 'editor', name: '见习编辑：陈飞 审读：陈苏雅 二审：郑晓鹏 三审：王五' }]));
    expect(created.status).toBe(201);
    expect(created.body.data.editorial.credits.map((c: { role: string; name: string }) => [c.role, c.name])).toEqual(CHAIN.map((c) => [c.role, c.name]));
    expect(created.body.data.editorial.creditLine).toBe('见习编辑 陈飞 审读 陈苏雅 二审 郑晓鹏 三审 王五');
  });
});

describe('through REST with an API token', () => {
  const api = () => http(app.baseUrl, apiToken);
  const publish = (data: unknown) => api().post('/api/newsroom/meetings?status=published&populate[editorial][populate]=credits', { data });

  it.each<Policy>(['either', 'three-review'])('publishes a 读特-style chain under %s', async (policy) => {
    setPolicy(policy);
    const res = await publish(withCredits(CHAIN));
    expect(res.status).toBe(201);
    expect(res.body.data.editorial.credits.map((c: { role: string }) => c.role)).toEqual(CHAIN.map((c) => c.role));
  });

  it('refuses one person as 二审 and 三审 with 400 at that credit, and writes nothing', async () => {
    setPolicy('three-review');
    const before = await meetingRows(app.strapi);
    const res = await publish(withCredits(SAME_PERSON));
    expect(res.status).toBe(400);
    expectProblem(res.body.error.details.errors, FINAL_REVIEWER_NAME, 'credits.review.same-person');
    expect(await meetingRows(app.strapi)).toEqual(before);
  });

  it('refuses the chain alone under responsible-editor, and still publishes the seed', async () => {
    setPolicy('responsible-editor');
    const refused = await publish(withCredits(CHAIN));
    expect(refused.status).toBe(400);
    expectProblem(refused.body.error.details.errors, ['editorial', 'credits'], 'credits.responsible-editor.missing');
    expect((await publish(meetingData())).status).toBe(201);
  });

  it('publishes the seed under either, the default', async () => {
    setPolicy('either');
    expect((await publish(meetingData())).status).toBe(201);
  });

  it('reports the nearer chain under either, after credits.sign-off.incomplete', async () => {
    const res = await publish(withCredits(CHAIN.filter((c) => c.role !== 'final-reviewer')));
    expect(res.status).toBe(400);
    expectProblem(res.body.error.details.errors, ['editorial', 'credits'], 'credits.sign-off.incomplete');
    expectProblem(res.body.error.details.errors, ['editorial', 'credits'], 'credits.final-reviewer.missing');
  });
});

/** GraphQL spells enum values with underscores (`second_reviewer`). */
const forGraphql = (data: ReturnType<typeof meetingData>) => ({
  ...data,
  editorial: { ...data.editorial, credits: data.editorial.credits.map((c: { role: string; name: string }) => ({ ...c, role: c.role.replace(/-/g, '_') })) },
});

describe('through GraphQL', () => {
  const gql = () => http(app.baseUrl, apiToken).graphql;
  const CREATE = `mutation Create($data: NewsroomMeetingInput!) {
    createNewsroomMeeting(data: $data, status: PUBLISHED) { documentId publishedAt editorial { creditLine credits { role name } } }
  }`;

  it.each<Policy>(['either', 'three-review'])('publishes a 读特-style chain under %s, with the new roles in the enum', async (policy) => {
    setPolicy(policy);
    const res = await gql()(CREATE, { data: forGraphql(withCredits(CHAIN)) });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.createNewsroomMeeting.publishedAt).not.toBeNull();
    expect(res.body.data.createNewsroomMeeting.editorial.credits.map((c: { role: string }) => c.role)).toEqual([
      'reporter',
      'trainee_editor',
      'proofreader',
      'second_reviewer',
      'final_reviewer',
    ]);
  });

  it('refuses one person as 二审 and 三审, and the chain alone under responsible-editor', async () => {
    setPolicy('three-review');
    const before = await meetingRows(app.strapi);
    const same = await gql()(CREATE, { data: forGraphql(withCredits(SAME_PERSON)) });
    expectProblem(same.body.errors?.[0]?.extensions?.error?.details?.errors, FINAL_REVIEWER_NAME, 'credits.review.same-person');
    setPolicy('responsible-editor');
    const alone = await gql()(CREATE, { data: forGraphql(withCredits(CHAIN)) });
    expectProblem(alone.body.errors?.[0]?.extensions?.error?.details?.errors, ['editorial', 'credits'], 'credits.responsible-editor.missing');
    expect(await meetingRows(app.strapi)).toEqual(before);
  });

  it.each<Policy>(['responsible-editor', 'either'])('still publishes the seed under %s', async (policy) => {
    setPolicy(policy);
    const res = await gql()(CREATE, { data: forGraphql(meetingData()) });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.createNewsroomMeeting.editorial.creditLine).toBe('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]');
  });
});

const BAD_NAME = () => withCredits([{ role: 'reporter', name: '田也' }, { role: 'editor', name: '陈飞2' }, { role: 'responsible-editor', name: '郑晓鹏' }]);
const isEnglish = (text: string) => /[A-Za-z]{3}/.test(text) && !/\p{Script=Han}{3}/u.test(text.replace(/“[^”]*”/g, ''));
const isChinese = (text: string) => /\p{Script=Han}{3}/u.test(text.replace(/“[^”]*”/g, ''));

describe("messages in the reader's language", () => {
  it('gives an English admin user English messages when saving a zh-Hans meeting', async () => {
    const token = await adminWithLanguage(app.strapi, app.baseUrl, 'english-editor@newsroom.test', 'en');
    const admin = http(app.baseUrl, token);
    const saved = await admin.post(`${CM}?locale=zh-Hans`, BAD_NAME());
    expect(saved.status).toBe(400);
    const entry = saved.body.error.details.errors.find((e: { code: string }) => e.code === 'credits.name.invalid');
    expect(entry.message).toContain('“陈飞2” is not a valid name');
    expect(saved.body.error.message).toMatch(/problem/);

    setPolicy('three-review');
    const draft = await admin.post(`${CM}?locale=zh-Hans`, withCredits(SAME_PERSON));
    const publish = await admin.post(`${CM}/${draft.body.data.documentId}/actions/publish?locale=zh-Hans`, {});
    expect(publish.status).toBe(400);
    const same = publish.body.error.details.errors.find((e: { code: string }) => e.code === 'credits.review.same-person');
    expect(same.message).toContain('is already the second reviewer of this item and cannot also be its final reviewer');

    const check = await admin.post('/newsroom/editorial-check', { type: 'meeting', locale: 'zh-Hans', data: BAD_NAME() });
    expect(check.body.data.errors.every((e: { message: string }) => isEnglish(e.message))).toBe(true);
  });

  it('gives a Chinese admin user Chinese messages when saving an en meeting', async () => {
    const token = await adminWithLanguage(app.strapi, app.baseUrl, 'chinese-editor@newsroom.test', 'zh-Hans');
    const saved = await http(app.baseUrl, token).post(`${CM}?locale=en`, BAD_NAME());
    expect(saved.status).toBe(400);
    expect(saved.body.error.details.errors.every((e: { message: string }) => isChinese(e.message))).toBe(true);
  });

  it("keeps the document's locale on the content API unless Accept-Language says otherwise", async () => {
    const api = http(app.baseUrl, apiToken);
    const messages = async (locale: string, headers: Record<string, string> = {}) => {
      const res = await api.post(`/api/newsroom/meetings?locale=${locale}`, { data: BAD_NAME() }, headers);
      expect(res.status).toBe(400);
      return (res.body.error.details.errors as Array<{ message: string }>).map((e) => e.message);
    };
    expect((await messages('zh-Hans')).every(isChinese)).toBe(true);
    expect((await messages('en')).every(isEnglish)).toBe(true);
    expect((await messages('zh-Hans', { 'accept-language': 'en-US,en;q=0.9' })).every(isEnglish)).toBe(true);
    expect((await messages('en', { 'accept-language': 'zh-CN,zh;q=0.9' })).every(isChinese)).toBe(true);
  });
});

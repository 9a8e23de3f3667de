/**
 * Arbitrary JSON at every write entrance: REST create and update of the four
 * kinds (API token), GraphQL create and update mutations, both editorial-check
 * routes and the admin import route. Whatever the shape — strings, numbers,
 * lists, objects or null in place of fields, nested in components — the
 * answer is never a 5xx, and every refusal is a 400 ValidationError whose
 * entries each name a field path (over GraphQL: the same in the error's
 * extensions, or GraphQL's own refusal of a mistyped variable).
 *
 * An entrance that refused everything would pass that alone, so valid writes
 * are drawn among the arbitrary ones (about one in four): each of those must
 * be accepted — 2xx, the GraphQL mutation's document, the check's empty list
 * of errors, the import's preview — and every entrance must have been sent
 * some (`accepting`).
 *
 * fast-check runs with a fixed seed (printed with the counterexample on a
 * failure); 60 runs per entrance.
 */
import fc from 'fast-check';
import { ATTRIBUTES } from '../../src/plugins/newsroom/server/src/editorial/fields';
import { TYPES } from './helpers/fixtures';
import { http, type JsonResponse } from './helpers/http';
import { variantOfSeed } from '../fixtures/seed';
import { useTestApp } from './helpers/app';
import { type TestApp } from './helpers/strapi';

const SEED = 20261206;
const RUNS = 60;
jest.setTimeout(600_000);

let app: TestApp;
let apiToken: string;
let adminToken: string;
useTestApp({ apiToken: true, adminToken: true }, (ready) => ({ app, apiToken, adminToken } = ready));

/**
 * Any JSON value, nested a little. Without `__proto__` keys: Strapi's body
 * parser refuses those itself (400 SyntaxError, before any route), which
 * says nothing about the fields.
 */
const anyJson = fc.jsonValue({ maxDepth: 2 }).filter((value) => !JSON.stringify(value).includes('"__proto__"'));

/** Data for `shape` (a kind or a component): some of its fields, each holding either its own shape or any JSON. */
const shaped = (shape: string, depth: number): fc.Arbitrary<Record<string, unknown>> => {
  const attributes = ATTRIBUTES[shape] ?? {};
  const entries = Object.entries(attributes).map(([field, attribute]): [string, fc.Arbitrary<unknown>] => {
    if (attribute.type === 'component' && attribute.component && depth > 0) {
      const component = shaped(attribute.component.replace(/^newsroom\./, ''), depth - 1);
      const own = attribute.repeatable ? fc.array(fc.oneof(component, anyJson), { maxLength: 3 }) : component;
      return [field, fc.oneof(own, anyJson)];
    }
    return [field, fc.oneof(anyJson, fc.string({ maxLength: 40 }))];
  });
  return fc.record(Object.fromEntries(entries), { requiredKeys: [] });
};

interface ErrorBody {
  error?: { name?: string; details?: { errors?: Array<{ path?: unknown }> } };
}

/** Never a 5xx; a refusal is a 400 ValidationError whose every entry names a path. */
const expectFieldRefusalOrSuccess = (label: string, response: JsonResponse<ErrorBody>) => {
  const context = `${label} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 400)}`;
  if (response.status < 400) return;
  if (response.status !== 400) throw new Error(context);
  const error = response.body?.error;
  const entries = error?.details?.errors;
  if (error?.name !== 'ValidationError' || !Array.isArray(entries) || entries.length === 0) throw new Error(context);
  for (const entry of entries) if (!Array.isArray(entry.path) || entry.path.length === 0) throw new Error(context);
};

/** The check routes answer 200 with problems; each problem names a path too. */
const expectCheckAnswer = (label: string, response: JsonResponse) => {
  expectFieldRefusalOrSuccess(label, response);
  if (response.status !== 200) return;
  const errors = response.body?.data?.errors;
  if (!Array.isArray(errors)) throw new Error(`${label}: no errors list in ${JSON.stringify(response.body).slice(0, 400)}`);
  for (const entry of errors) if (!Array.isArray(entry.path) || entry.path.length === 0) throw new Error(`${label}: pathless problem ${JSON.stringify(entry)}`);
};

/** Over GraphQL: success, or errors that are our ValidationError with paths, or GraphQL's refusal of a mistyped input. */
const expectGraphqlAnswer = (label: string, response: JsonResponse) => {
  const context = `${label} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 400)}`;
  if (response.status >= 500) throw new Error(context);
  for (const error of response.body?.errors ?? []) {
    const code = error.extensions?.code;
    if (code === 'BAD_USER_INPUT' && error.extensions?.error?.name === 'ValidationError') {
      const entries = error.extensions.error.details?.errors;
      if (!Array.isArray(entries) || entries.length === 0) throw new Error(context);
      for (const entry of entries) if (!Array.isArray(entry.path) || entry.path.length === 0) throw new Error(context);
    } else if (code !== 'BAD_USER_INPUT' && code !== 'GRAPHQL_VALIDATION_FAILED') {
      throw new Error(context);
    }
  }
};

const run = async (property: fc.IAsyncProperty<any>) => {
  await fc.assert(property, { seed: SEED, numRuns: RUNS, verbose: 1 });
};

/** Either a valid value (from `valid`) or an arbitrary one, tagged so the property knows which it sent. */
const validOr = <V, A>(valid: fc.Arbitrary<V>, arbitrary: fc.Arbitrary<A>) =>
  fc.oneof({ arbitrary: valid.map((value) => ({ valid: true as const, value })), weight: 1 }, { arbitrary: arbitrary.map((value) => ({ valid: false as const, value })), weight: 3 });

/**
 * Counts the valid writes an entrance was sent and accepted: each must be
 * accepted, and the property must have sent some (with this seed it does).
 */
const accepting = (label: string) => {
  let sent = 0;
  return {
    expectAccepted(ok: boolean, context: () => string) {
      sent += 1;
      if (!ok) throw new Error(`${label}: a valid write was refused: ${context()}`);
    },
    expectSome() {
      if (sent === 0) throw new Error(`${label}: no valid write was drawn, so nothing shows the entrance accepts one`);
    },
  };
};

const answer = (response: JsonResponse) => `${response.status}: ${JSON.stringify(response.body).slice(0, 400)}`;

/** The fixture of a kind, numbered so each valid create is a new document (a speaker's name stays a name). */
const validData = (type: (typeof TYPES)[number]) =>
  fc.integer({ min: 1, max: 9999 }).map((n) => type.data(type.kind === 'speaker' ? {} : { [type.titleField]: `${type.data()[type.titleField as never]}（${n}）` }));

/** GraphQL's enum values spell `-` as `_` (responsible_editor, service_standards). */
const forGraphql = (value: unknown, key = ''): unknown => {
  if (Array.isArray(value)) return value.map((item) => forGraphql(item, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, forGraphql(v, k)]));
  return typeof value === 'string' && (key === 'role' || key === 'category') ? value.replace(/-/g, '_') : value;
};

describe.each(TYPES.map((type) => [type.kind, type] as const))('REST, %s', (kind, type) => {
  let documentId: string;
  beforeAll(async () => {
    const created = (await app.strapi.documents(type.uid as never).create({ data: type.data({ [type.titleField]: `Fuzz ${kind}` }) } as never)) as { documentId: string };
    documentId = created.documentId;
  });

  it('create: arbitrary JSON is answered, never with a 5xx; valid data is accepted', async () => {
    const api = http(app.baseUrl, apiToken);
    const valid = accepting(`POST ${type.plural}`);
    await run(fc.asyncProperty(validOr(validData(type), shaped(kind, 2)), fc.boolean(), async (data, draft) => {
      const response = await api.post(`/api/newsroom/${type.plural}${draft ? '?status=draft' : ''}`, { data: data.value });
      if (data.valid) valid.expectAccepted(response.status === 201 || response.status === 200, () => answer(response));
      else expectFieldRefusalOrSuccess(`POST ${type.plural}`, response);
    }));
    valid.expectSome();
  });

  it('update: arbitrary JSON is answered, never with a 5xx; valid data is accepted', async () => {
    const api = http(app.baseUrl, apiToken);
    const valid = accepting(`PUT ${type.plural}`);
    await run(fc.asyncProperty(validOr(validData(type), shaped(kind, 2)), async (data) => {
      const response = await api.put(`/api/newsroom/${type.plural}/${documentId}?status=draft`, { data: data.value });
      if (data.valid) valid.expectAccepted(response.status === 200, () => answer(response));
      else expectFieldRefusalOrSuccess(`PUT ${type.plural}`, response);
    }));
    valid.expectSome();
  });
});

describe('GraphQL', () => {
  const names: Record<string, string> = { meeting: 'NewsroomMeeting', achievement: 'NewsroomAchievement', 'street-case': 'NewsroomStreetCase', speaker: 'NewsroomSpeaker' };

  it.each(TYPES.map((type) => [type.kind, type] as const))('create and update of %s take arbitrary JSON variables without a 5xx, and valid ones', async (kind, type) => {
    const name = names[kind];
    const created = (await app.strapi.documents(type.uid as never).create({ data: type.data({ [type.titleField]: `GraphQL ${kind}` }) } as never)) as { documentId: string };
    const api = http(app.baseUrl, apiToken);
    const create = `mutation C($data: ${name}Input!) { create${name}(data: $data, status: DRAFT) { documentId } }`;
    const update = `mutation U($id: ID!, $data: ${name}Input!) { update${name}(documentId: $id, data: $data, status: DRAFT) { documentId } }`;
    const valid = accepting(`graphql ${kind}`);
    await run(fc.asyncProperty(validOr(validData(type).map((data) => forGraphql(data)), shaped(kind, 2)), fc.boolean(), async (data, creating) => {
      const variables = { data: data.value };
      const response = creating ? await api.graphql(create, variables) : await api.graphql(update, { id: created.documentId, ...variables });
      const written = response.body?.data?.[`${creating ? 'create' : 'update'}${name}`]?.documentId;
      if (data.valid) valid.expectAccepted(!response.body?.errors && typeof written === 'string', () => answer(response));
      else expectGraphqlAnswer(`graphql ${creating ? 'create' : 'update'} ${kind}`, response);
    }));
    valid.expectSome();
  });
});

describe('editorial check', () => {
  const request = fc.record(
    {
      type: fc.oneof(fc.constantFrom(...TYPES.map((type) => type.kind)), anyJson),
      data: fc.oneof(...TYPES.map((type) => shaped(type.kind, 2)), anyJson),
      locale: fc.oneof(fc.constantFrom('zh-Hans', 'en'), anyJson),
      phase: fc.oneof(fc.constantFrom('save', 'publish'), anyJson),
      phases: anyJson,
      documentId: anyJson,
      language: anyJson,
    },
    { requiredKeys: ['type', 'data'] },
  );

  /** A valid document of a kind, checked for publishing: no errors. */
  const validRequest = fc.constantFrom(...TYPES).chain((type) => validData(type).map((data) => ({ type: type.kind, data, locale: 'zh-Hans', phase: 'publish' })));

  const checks = (label: string, route: string, token: () => string) => async () => {
    const api = http(app.baseUrl, token());
    const valid = accepting(label);
    await run(fc.asyncProperty(validOr(validRequest, request), async (body) => {
      const response = await api.post(route, body.value);
      if (body.valid) valid.expectAccepted(response.status === 200 && Array.isArray(response.body?.data?.errors) && response.body.data.errors.length === 0, () => answer(response));
      else expectCheckAnswer(label, response);
    }));
    valid.expectSome();
  };

  it('POST /api/newsroom/editorial-check (API token) answers arbitrary JSON without a 5xx, and a valid document without errors', checks('api check', '/api/newsroom/editorial-check', () => apiToken));

  it('POST /newsroom/editorial-check (admin) answers arbitrary JSON without a 5xx, and a valid document without errors', checks('admin check', '/newsroom/editorial-check', () => adminToken));
});

describe('import', () => {
  it('POST /newsroom/import (admin) answers arbitrary JSON without a 5xx, and previews a valid report', async () => {
    const api = http(app.baseUrl, adminToken);
    const body = fc.record(
      { text: fc.oneof(fc.string({ maxLength: 200 }), anyJson), fileName: anyJson, locale: anyJson, publish: anyJson, dryRun: fc.oneof(fc.constant(true), anyJson) },
      { requiredKeys: [] },
    );
    const valid = accepting('import');
    const report = fc.integer({ min: 1, max: 500 }).map((n) => ({ text: variantOfSeed(n), dryRun: true }));
    await run(fc.asyncProperty(validOr(report, body), async (payload) => {
      const response = await api.post('/newsroom/import', payload.value);
      if (payload.valid) valid.expectAccepted(response.status === 200, () => answer(response));
      else expectFieldRefusalOrSuccess('import', response);
    }));
    valid.expectSome();
  });
});

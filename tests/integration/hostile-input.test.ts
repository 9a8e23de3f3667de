/**
 * Arbitrary JSON at every write entrance: REST create and update of the four
 * kinds (API token), GraphQL create and update mutations, both editorial-check
 * routes and the admin import route. Whatever the shape — strings, numbers,
 * lists, objects or null in place of fields, nested in components — the
 * answer is never a 5xx, and every refusal is a 400 ValidationError whose
 * entries each name a field path (over GraphQL: the same in the error's
 * extensions, or GraphQL's own refusal of a mistyped variable).
 *
 * fast-check runs with a fixed seed (printed with the counterexample on a
 * failure); 60 runs per entrance.
 */
import fc from 'fast-check';
import { ATTRIBUTES } from '../../src/plugins/newsroom/server/src/editorial/fields';
import { adminJwt, createApiToken } from './helpers/auth';
import { TYPES } from './helpers/fixtures';
import { http, type JsonResponse } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';

const SEED = 20261206;
const RUNS = 60;
jest.setTimeout(600_000);

let app: TestApp;
let apiToken: string;
let adminToken: string;
beforeAll(async () => {
  app = await startTestApp();
  apiToken = await createApiToken(app.strapi);
  adminToken = await adminJwt(app.strapi, app.baseUrl);
});
afterAll(async () => {
  await app?.stop();
});

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

describe.each(TYPES.map((type) => [type.kind, type] as const))('REST, %s', (kind, type) => {
  let documentId: string;
  beforeAll(async () => {
    const created = (await app.strapi.documents(type.uid as never).create({ data: type.data({ [type.titleField]: `Fuzz ${kind}` }) } as never)) as { documentId: string };
    documentId = created.documentId;
  });

  it('create: arbitrary JSON is answered, never with a 5xx', async () => {
    const api = http(app.baseUrl, apiToken);
    await run(fc.asyncProperty(shaped(kind, 2), fc.boolean(), async (data, draft) => {
      expectFieldRefusalOrSuccess(`POST ${type.plural}`, await api.post(`/api/newsroom/${type.plural}${draft ? '?status=draft' : ''}`, { data }));
    }));
  });

  it('update: arbitrary JSON is answered, never with a 5xx', async () => {
    const api = http(app.baseUrl, apiToken);
    await run(fc.asyncProperty(shaped(kind, 2), async (data) => {
      expectFieldRefusalOrSuccess(`PUT ${type.plural}`, await api.put(`/api/newsroom/${type.plural}/${documentId}?status=draft`, { data }));
    }));
  });
});

describe('GraphQL', () => {
  const names: Record<string, string> = { meeting: 'NewsroomMeeting', achievement: 'NewsroomAchievement', 'street-case': 'NewsroomStreetCase', speaker: 'NewsroomSpeaker' };

  it.each(TYPES.map((type) => [type.kind, type] as const))('create and update of %s take arbitrary JSON variables without a 5xx', async (kind, type) => {
    const name = names[kind];
    const created = (await app.strapi.documents(type.uid as never).create({ data: type.data({ [type.titleField]: `GraphQL ${kind}` }) } as never)) as { documentId: string };
    const api = http(app.baseUrl, apiToken);
    const create = `mutation C($data: ${name}Input!) { create${name}(data: $data, status: DRAFT) { documentId } }`;
    const update = `mutation U($id: ID!, $data: ${name}Input!) { update${name}(documentId: $id, data: $data, status: DRAFT) { documentId } }`;
    await run(fc.asyncProperty(shaped(kind, 2), fc.boolean(), async (data, creating) => {
      const response = creating ? await api.graphql(create, { data }) : await api.graphql(update, { id: created.documentId, data });
      expectGraphqlAnswer(`graphql ${creating ? 'create' : 'update'} ${kind}`, response);
    }));
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

  it('POST /api/newsroom/editorial-check (API token) answers arbitrary JSON without a 5xx', async () => {
    const api = http(app.baseUrl, apiToken);
    await run(fc.asyncProperty(request, async (body) => expectCheckAnswer('api check', await api.post('/api/newsroom/editorial-check', body))));
  });

  it('POST /newsroom/editorial-check (admin) answers arbitrary JSON without a 5xx', async () => {
    const api = http(app.baseUrl, adminToken);
    await run(fc.asyncProperty(request, async (body) => expectCheckAnswer('admin check', await api.post('/newsroom/editorial-check', body))));
  });
});

describe('import', () => {
  it('POST /newsroom/import (admin) answers arbitrary JSON without a 5xx', async () => {
    const api = http(app.baseUrl, adminToken);
    const body = fc.record(
      { text: fc.oneof(fc.string({ maxLength: 200 }), anyJson), fileName: anyJson, locale: anyJson, publish: anyJson, dryRun: fc.oneof(fc.constant(true), anyJson) },
      { requiredKeys: [] },
    );
    await run(fc.asyncProperty(body, async (payload) => expectFieldRefusalOrSuccess('import', await api.post('/newsroom/import', payload))));
  });
});

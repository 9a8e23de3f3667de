import type { Core } from '@strapi/strapi';
import { DEFAULT_GRAPHQL_MAX_COST, DEFAULT_GRAPHQL_MAX_FIELDS } from '../config/graphql-limits';
import type {
  ASTVisitor,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLType,
  SelectionSetNode,
} from 'graphql';
import { pageSizeOfField, type PageLimits } from './page-size';
import { MAX_LIST_PAGE_SIZE, pageListSize } from '../services/pages/list-size';
import { PAGE_LISTS } from '../services/pages/page-lists';
import { listQuery } from './page-lists';

/*
 * Types only from 'graphql': the plugin's bundle would otherwise carry a copy
 * of the module of its own, and an app without the GraphQL plugin none at all.
 * AST kinds are their string values; the error is read by Apollo for its
 * message and extensions (it wraps every validation error in its own).
 */
/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- graphql's Kind enum is a type here; its string values are compared (see above). */
const AstKind = {
  FIELD: 'Field',
  FRAGMENT_SPREAD: 'FragmentSpread',
  INLINE_FRAGMENT: 'InlineFragment',
  FRAGMENT_DEFINITION: 'FragmentDefinition',
} as const;

/** A validation error as Apollo reads it. */
class QueryLimitError extends Error {
  constructor(
    message: string,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'GraphQLError';
  }
}

/** The part of graphql's ValidationContext the rule uses. */
interface LimitContext {
  getDocument(): DocumentNode;
  getSchema(): GraphQLSchema;
  reportError(error: QueryLimitError): void;
}

/**
 * Two validation rules for every GraphQL request, anonymous or not: a field
 * limit (`graphqlMaxFields`: selections counted after fragments are spread,
 * so aliases of the same field count each time) and a cost limit
 * (`graphqlMaxCost`: each field costs 1, a page field — jsonLd, readAloud —
 * more, and a list multiplies what is under it by the number of items
 * Strapi answers for the page size it asks for (graphql/page-size.ts:
 * `limit: -1` and sizes over `maxLimit` are `maxLimit`, no size
 * `defaultLimit`, a size in a variable `maxLimit`); a `_connection`'s
 * `nodes` by its connection's page size, and the `nodes` of the plugin's own
 * pages of a list (newsroomSpeakerSpeeches, newsroomMeetingAchievements…, graphql/page-lists.ts) by theirs: `pageListSize`
 * unless asked, at most 100). A request over either is refused
 * with an error naming the limit; validation runs before execution, so no
 * resolver runs and no query is sent.
 *
 * The limits are read from the plugin's settings when a query text is
 * validated; Apollo caches a validated text, so a limit changed at run time
 * applies to texts it has not seen yet.
 */

/*
 * The schema's types are read by shape, not with graphql's isListType & co.:
 * those check `instanceof` and refuse types made by another copy of the
 * module (the GraphQL plugin's), which a bundled plugin may well load.
 */
type Wrapping = { ofType?: GraphQLType };
const ofTypeOf = (type: GraphQLType): GraphQLType | undefined => (type as Wrapping).ofType;
/** `[Meeting]!` and `[Meeting]` are lists; `Meeting!` is not. */
const isList = (type: GraphQLType): boolean => String(type).replace(/!$/, '').startsWith('[');
const namedTypeOf = (type: GraphQLType): GraphQLNamedType => {
  let named = type;
  for (let inner = ofTypeOf(named); inner; inner = ofTypeOf(named)) named = inner;
  return named as GraphQLNamedType;
};
type FieldTypes = Record<string, { type: GraphQLType; args?: ReadonlyArray<{ name: string }> }>;
const fieldsOf = (type: GraphQLNamedType | undefined): FieldTypes => {
  const getFields = (type as { getFields?: unknown } | undefined)?.getFields;
  return typeof getFields === 'function' ? (getFields.call(type) as FieldTypes) : {};
};

/** Fields that load a whole page per item (graphql/index.ts PAGE_FIELDS). */
const FIELD_WEIGHTS: Readonly<Record<string, number>> = { jsonLd: 10, readAloud: 10 };


/** The plugin's limits, and the GraphQL plugin's page sizes as Strapi reads them. */
interface Limits extends PageLimits {
  maxFields: number;
  maxCost: number;
  /** The plugin's own paged fields (`Type.field`), with their own page sizes: no size `pageListSize`, at most 100. */
  ownPages: Readonly<Record<string, PageLimits>>;
}

const positive = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;

const limitsOf = (strapi: Core.Strapi): Limits => ({
  maxFields: positive(strapi.config.get('plugin::newsroom.graphqlMaxFields'), DEFAULT_GRAPHQL_MAX_FIELDS),
  maxCost: positive(strapi.config.get('plugin::newsroom.graphqlMaxCost'), DEFAULT_GRAPHQL_MAX_COST),
  defaultLimit: strapi.config.get<number | undefined>('plugin::graphql.defaultLimit'),
  maxLimit: strapi.config.get<number | undefined>('plugin::graphql.maxLimit'),
  ownPages: Object.fromEntries(PAGE_LISTS.map((list) => [`Query.${listQuery(list)}`, { defaultLimit: pageListSize(strapi), maxLimit: MAX_LIST_PAGE_SIZE }])),
});

interface Tally {
  fields: number;
  cost: number;
}

/** Walks one selection set, fragments spread; `seen` stops a fragment cycle (GraphQL refuses it anyway). */
const walk = (
  schema: GraphQLSchema,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  limits: Limits,
  type: GraphQLNamedType | undefined,
  selectionSet: SelectionSetNode,
  multiplier: number,
  tally: Tally,
  seen: ReadonlySet<string>,
  /** Inside a `_connection`: its page size, which its `nodes` list answers. */
  connectionPage?: number,
): void => {
  for (const selection of selectionSet.selections) {
    // Stop early: a huge query is refused without walking all of it.
    if (tally.fields > limits.maxFields || tally.cost > limits.maxCost) return;
    if (selection.kind === AstKind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (fragment && !seen.has(name)) {
        const on = schema.getType(fragment.typeCondition.name.value) ?? type;
        walk(schema, fragments, limits, on, fragment.selectionSet, multiplier, tally, new Set([...seen, name]), connectionPage);
      }
      continue;
    }
    if (selection.kind === AstKind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? type) : type;
      walk(schema, fragments, limits, on, selection.selectionSet, multiplier, tally, seen, connectionPage);
      continue;
    }
    tally.fields += 1;
    const name = selection.name.value;
    tally.cost += multiplier * (FIELD_WEIGHTS[name] ?? 1);
    if (!selection.selectionSet) continue;
    const definition = fieldsOf(type)[name];
    const list = definition ? isList(definition.type) : false;
    const paged = definition?.args?.some((argument) => argument.name === 'pagination') === true;
    const childType = definition ? namedTypeOf(definition.type) : undefined;
    if (paged && !list) {
      // A `_connection` (or the plugin's own page of a list): one object whose `nodes` is the page.
      const own = type ? limits.ownPages[`${type.name}.${name}`] : undefined;
      walk(schema, fragments, limits, childType, selection.selectionSet, multiplier, tally, seen, pageSizeOfField(selection, own ?? limits));
      continue;
    }
    const size = !list ? 1 : paged ? pageSizeOfField(selection, limits) : (connectionPage ?? pageSizeOfField(selection, limits));
    walk(schema, fragments, limits, childType, selection.selectionSet, multiplier * size, tally, seen);
  }
};

const refusal = (setting: 'graphqlMaxFields' | 'graphqlMaxCost', limit: number, what: string): QueryLimitError =>
  // Apollo sets `code` (GRAPHQL_VALIDATION_FAILED) and answers 400; these say which limit.
  new QueryLimitError(`This query asks for too much: ${what} is over the limit ${setting} = ${limit}.`, { limit: setting, max: limit });

/** The validation rule: one tally per operation, checked against the limits. */
export const queryLimits =
  (strapi: Core.Strapi) =>
  (context: LimitContext): ASTVisitor => {
    const document = context.getDocument();
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === AstKind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(operation) {
        const limits = limitsOf(strapi);
        const schema = context.getSchema();
        const root =
          operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
        const tally: Tally = { fields: 0, cost: 0 };
        walk(schema, fragments, limits, root ?? undefined, operation.selectionSet, 1, tally, new Set());
        if (tally.fields > limits.maxFields) context.reportError(refusal('graphqlMaxFields', limits.maxFields, 'the number of fields (aliases included)'));
        else if (tally.cost > limits.maxCost) context.reportError(refusal('graphqlMaxCost', limits.maxCost, 'the estimated cost'));
      },
    };
  };

type ApolloConfig = { validationRules?: unknown[]; bodyParserConfig?: unknown } & Record<string, unknown>;

/**
 * Adds the rule to the GraphQL plugin's Apollo configuration (which it
 * appends to its own depth limit) and bounds its body parser at 1 MB unless
 * the app set one. Called from register, before the GraphQL plugin starts.
 */
export const registerGraphqlLimits = (strapi: Core.Strapi): void => {
  if (!strapi.plugin('graphql')) return;
  const apollo = strapi.config.get('plugin::graphql.apolloServer', {}) as ApolloConfig;
  strapi.config.set('plugin::graphql.apolloServer', {
    ...apollo,
    validationRules: [...(apollo.validationRules ?? []), queryLimits(strapi)],
    bodyParserConfig: apollo.bodyParserConfig ?? { jsonLimit: '1mb' },
  });
};

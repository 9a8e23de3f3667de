/** The default bounds of one GraphQL query (graphql/cost-limit.ts enforces them; settings graphqlMaxFields, graphqlMaxCost). */
export const DEFAULT_GRAPHQL_MAX_FIELDS = 200;
/**
 * A frontend's heaviest honest query passes: 100 meetings with their
 * achievements, street cases, speeches and speakers, each relation a list of
 * up to 25 and asked again as a `_connection`, is about 86,000. Fifty aliased
 * lists of 100 pages, or 100 × 100 × ten fields, do not.
 */
export const DEFAULT_GRAPHQL_MAX_COST = 100_000;

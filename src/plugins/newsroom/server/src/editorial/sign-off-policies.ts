/**
 * The names of the sign-off policies (plugin setting `signOff`): what a
 * check context and the settings name. What each policy asks for is
 * rule-sign-off-chains.ts.
 */
export const SIGN_OFF_POLICIES = ['responsible-editor', 'three-review', 'either'] as const;
export type SignOffPolicy = (typeof SIGN_OFF_POLICIES)[number];
export const DEFAULT_SIGN_OFF: SignOffPolicy = 'either';

export function isSignOffPolicy(value: unknown): value is SignOffPolicy {
  return typeof value === 'string' && (SIGN_OFF_POLICIES as ReadonlyArray<string>).includes(value);
}

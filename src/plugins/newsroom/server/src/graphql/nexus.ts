/**
 * The part of nexus (the GraphQL plugin's schema builder, handed to an
 * extension as `{ nexus }`) the plugin's extensions use, typed here once:
 * the plugin does not depend on nexus itself.
 */
import type { PlainObject } from '../../../shared/documents';

/** An object type's fields. */
export interface ObjectDefinition {
  id(name: string): void;
  string(name: string): void;
  int(name: string): void;
  float(name: string): void;
  field(name: string, config: { type: unknown }): void;
}

/** An input type's fields. */
export interface InputDefinition {
  int(name: string): void;
}

/** Fields with resolvers, added to a type (`extendType`). */
export interface FieldDefinition {
  field(name: string, config: { type: string; args?: Record<string, unknown>; resolve(parent: PlainObject, args: PlainObject, context: unknown): unknown }): void;
}

export interface Nexus {
  objectType(config: { name: string; definition(t: ObjectDefinition): void }): unknown;
  inputObjectType(config: { name: string; definition(t: InputDefinition): void }): unknown;
  extendType(config: { type: string; definition(t: FieldDefinition): void }): unknown;
  nonNull(type: unknown): unknown;
  list(type: unknown): unknown;
  arg(config: { type: unknown }): unknown;
}

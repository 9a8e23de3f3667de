/**
 * The documents' data shapes, derived at the type level from the schemas:
 * kind-schemas.ts is generated from content-types/<kind>/schema.json and
 * components/<name>.json, and every per-kind shape (documents.ts for the core
 * and the importer, api.ts for frontends, output/page-types.ts for the page
 * builders) is one of the two readings below. A field added, removed or
 * retyped in a schema changes them all, and tsc points at every reader that
 * no longer fits (tests/unit/shapes/kind-shapes-follow-schemas.test.ts).
 *
 * - `DataOf`: what a write carries and the rules read. Every field optional
 *   and nullable; enumerations open (a rule says when a value is not one of
 *   them); a decimal may be a numeric string; media and relations reduced to
 *   the few facts the rules need (MediaRef, RelationRef).
 * - `StoredOf`: what Strapi answers for a stored document. A `required` field
 *   is never null, another is null when empty; repeatable components are
 *   arrays, each component carries its `id`; enumerations closed; a slug
 *   (`uid`) is always there (derived on every write). Relations are left out:
 *   what a page shows of them is its populate's, given by the caller as
 *   `Override`, whose keys must be the schema's fields.
 */
import type { COMPONENT_SCHEMAS, KIND_SCHEMAS } from './kind-schemas';

type Kinds = typeof KIND_SCHEMAS;
type Components = typeof COMPONENT_SCHEMAS;

/** A kind's singular name (`meeting`), as its schema's `info.singularName`. */
export type KindName = keyof Kinds;
/** A component's name (`editorial` for `newsroom.editorial`). */
export type ComponentName = keyof Components;
/** A kind's plural name (`meetings`). */
export type PluralOf<K extends KindName> = Kinds[K]['pluralName'];

type AttributesOf<K extends KindName> = Kinds[K]['attributes'];
type ComponentAttributes<N extends ComponentName> = Components[N]['attributes'];
type NameOf<Uid> = Uid extends `newsroom.${infer N extends ComponentName}` ? N : never;

/** The values of an enumeration attribute. */
export type EnumOf<A> = A extends { type: 'enumeration'; enum: ReadonlyArray<infer E> } ? E : never;
/** The values of the enumeration `field` of the component `N`. */
export type ComponentEnum<N extends ComponentName, F extends keyof ComponentAttributes<N>> = EnumOf<ComponentAttributes<N>[F]>;
/** The values of the enumeration `field` of the kind `K`. */
export type KindEnum<K extends KindName, F extends keyof AttributesOf<K>> = EnumOf<AttributesOf<K>[F]>;

type TextType = 'string' | 'text' | 'richtext' | 'email' | 'password' | 'uid' | 'date' | 'datetime' | 'time';
type NumberType = 'integer' | 'biginteger' | 'float' | 'decimal';
type ToMany = 'oneToMany' | 'manyToMany';

/** A value of a scalar attribute as Strapi stores it (blocks and JSON aside). */
type Scalar<A> = A extends { type: TextType }
  ? string
  : A extends { type: NumberType }
    ? number
    : A extends { type: 'boolean' }
      ? boolean
      : A extends { type: 'enumeration' }
        ? EnumOf<A>
        : unknown;

/** A relation or media reference after the shell resolved it: whether something is there, and for a speaker its name. */
export interface RelationRef {
  documentId?: string | null;
  name?: string | null;
}

/** What the rules read of media: whether there is one, its file name (`IMG_0001.jpg`) and its alternative text. */
export interface MediaRef {
  id?: number | string | null;
  name?: string | null;
  alternativeText?: string | null;
}

/** One field of a write: open enumerations, decimals that may be numeric strings, references for media and relations. */
type DataValue<A> = A extends { type: 'component'; component: infer C }
  ? A extends { repeatable: true }
    ? Array<ComponentData<NameOf<C>>>
    : ComponentData<NameOf<C>>
  : A extends { type: 'media' }
    ? A extends { multiple: true }
      ? MediaRef[]
      : MediaRef
    : A extends { type: 'relation'; relation: ToMany }
      ? RelationRef[]
      : A extends { type: 'relation' }
        ? RelationRef
        : A extends { type: 'enumeration' }
          ? EnumOf<A> | (string & None)
          : A extends { type: 'decimal' }
            ? number | string
            : Scalar<A>;

/** Fields named in `Override` take its types. */
type Overridden<Fields, Override> = Omit<Fields, keyof Override> & Override;
/** An override names fields of the schema only: a field the schema lost is a type error where it is overridden. */
type FieldsOf<Attrs, Override> = { [F in keyof Override]: F extends keyof Attrs ? unknown : never };
type None = Record<never, never>;

/** A write's data of these attributes: every field optional and nullable. */
export type DataOf<Attrs, Override extends FieldsOf<Attrs, Override> = None> = Overridden<{ -readonly [F in keyof Attrs]?: DataValue<Attrs[F]> | null }, Override>;
/** A write's data of the kind `K`. */
export type DocumentData<K extends KindName, Override extends FieldsOf<AttributesOf<K>, Override> = None> = DataOf<AttributesOf<K>, Override>;
/** A write's data of the component `N`. */
export type ComponentData<N extends ComponentName, Override extends FieldsOf<ComponentAttributes<N>, Override> = None> = DataOf<ComponentAttributes<N>, Override>;

/** An uploaded file as a page shows it (Strapi's upload file, the fields a page populates). */
export interface Media {
  id: number;
  documentId: string;
  url: string;
  alternativeText: string | null;
  width: number | null;
  height: number | null;
  formats: Record<string, { url: string; width: number; height: number }> | null;
}

/** Blocks as Strapi stores them (`@strapi/blocks-react-renderer` renders them). */
export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: string; children?: InlineNode[] };
export type InlineNode = { type: 'text'; text: string; bold?: boolean; italic?: boolean } | { type: string; [key: string]: unknown };

type NullUnlessRequired<A, T> = A extends { required: true } ? T : T | null;

/** One field as Strapi answers it. */
type StoredValue<A> = A extends { type: 'component'; component: infer C }
  ? A extends { repeatable: true }
    ? Array<StoredComponent<NameOf<C>>>
    : NullUnlessRequired<A, StoredComponent<NameOf<C>>>
  : A extends { type: 'media' }
    ? A extends { multiple: true }
      ? Media[]
      : Media | null
    : A extends { type: 'uid' }
      ? string
      : A extends { type: 'blocks' }
        ? NullUnlessRequired<A, Block[]>
        : NullUnlessRequired<A, Scalar<A>>;

type StoredFields<Attrs> = { -readonly [F in keyof Attrs as Attrs[F] extends { type: 'relation' } ? never : F]: StoredValue<Attrs[F]> };

/** A stored document's or component's fields of these attributes, relations as `Override` gives them. */
export type StoredOf<Attrs, Override extends FieldsOf<Attrs, Override> = None> = Overridden<StoredFields<Attrs>, Override>;
/** The fields of a stored document of the kind `K`. */
export type StoredDocument<K extends KindName, Override extends FieldsOf<AttributesOf<K>, Override> = None> = StoredOf<AttributesOf<K>, Override>;
/** A stored component `N`, with its id. */
export type StoredComponent<N extends ComponentName, Override extends FieldsOf<ComponentAttributes<N>, Override> = None> = { id: number } & StoredOf<ComponentAttributes<N>, Override>;

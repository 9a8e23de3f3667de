import type { Core } from '@strapi/strapi';
import { withSuffix } from '../../editorial/slug';
import { adoptClaims, settleAdoptions } from './claim-adoptions';
import { CLAIMS_TABLE, LOCKS_TABLE } from './claims-table';

interface ClaimRow {
  slug: string;
  document_id: string | null;
}

/**
 * How many candidates one write tries before giving up. The first round
 * tries the base itself; after a clash each round reads the claims already
 * taken, so a further clash costs a retry only when another write claimed
 * the same candidate in the meantime; 25 concurrent writers of one title
 * need at most 26 rounds.
 */
export const MAX_CLAIM_ATTEMPTS = 64;

/**
 * A create first tries the one slug most likely free: the base, or — when
 * this process has handed out a suffix of the same base — the next suffix
 * after it (a weekly report's title with dozens of holders is then one
 * plain insert). If that is taken, one statement tries the base and its
 * first suffixes (claimFirstFree); if those are taken too, the rounds read
 * what is taken.
 */
const FIRST_ROUND = 8;

/**
 * The last suffix this process claimed per type, locale and base (1 for the
 * base itself): only a guess at where the free suffixes start, never
 * trusted (the insert either wins the unique index or does nothing).
 * Forgotten for a type when one of its documents frees its slugs, so a
 * freed slug is found again; a document deleted by another process can
 * leave a guess too high here, which costs a suffix, never a duplicate.
 * Bounded: the oldest guess goes when there are too many.
 */
const lastSuffix = new Map<string, number>();
const MAX_HINTS = 2000;
const hintKey = (contentType: string, locale: string, base: string) => `${contentType}|${locale}|${base}`;
const suffixOf = (base: string, slug: string): number => {
  const match = /-(\d+)$/.exec(slug);
  return slug !== base && match ? Number(match[1]) : 1;
};
const rememberSuffix = (contentType: string, locale: string, base: string, slug: string): void => {
  const key = hintKey(contentType, locale, base);
  const n = Math.max(suffixOf(base, slug), lastSuffix.get(key) ?? 0);
  lastSuffix.delete(key);
  lastSuffix.set(key, n);
  if (lastSuffix.size > MAX_HINTS) lastSuffix.delete(lastSuffix.keys().next().value as string);
};
const forgetSuffixes = (contentType: string): void => {
  for (const key of [...lastSuffix.keys()]) if (key.startsWith(`${contentType}|`)) lastSuffix.delete(key);
};
const likelyFree = (contentType: string, locale: string, base: string): number => {
  const last = lastSuffix.get(hintKey(contentType, locale, base));
  return last === undefined ? 1 : last + 1;
};

/** The owner a create claims with before Strapi has made its documentId (document-middlewares/slugs.ts), then adopts. */
export const PENDING_PREFIX = 'pending:';

export class SlugExhaustedError extends Error {
  constructor(readonly base: string) {
    super(`no free slug for "${base}" after ${MAX_CLAIM_ATTEMPTS} attempts`);
  }
}

type Knex = Core.Strapi['db']['connection'];
type OnCommit = (callback: () => void) => void;

/** MySQL/MariaDB: wait for the other claims of this type and locale to commit (see LOCKS_TABLE). */
const takeTurn = async (trx: Knex, scope: string) => {
  const row = await trx(LOCKS_TABLE).first('scope').where({ scope }).forUpdate();
  // The first claim ever in a scope creates its row; a concurrent first claim retries on the duplicate.
  if (!row) await trx(LOCKS_TABLE).insert({ scope });
};

/** Claims and releases slugs inside the current transaction (Strapi's db.transaction nests). */
export const slugClaims = (strapi: Core.Strapi) => {
  const inTransaction = async <T>(work: (trx: Knex, onCommit: OnCommit) => Promise<T>): Promise<T> =>
    (await strapi.db.transaction(({ trx, onCommit }: { trx: Knex; onCommit: OnCommit }) => work(trx, onCommit)));

  /**
   * The slugs like `base` that other owners hold. withSuffix shortens a long
   * base at a word boundary, so long bases match on a shorter prefix.
   */
  const takenSuffixes = async (trx: Knex, contentType: string, locale: string, base: string, owner: string) => {
    const rows = (await trx(CLAIMS_TABLE)
      .select('slug', 'document_id')
      .where({ content_type: contentType, locale })
      .andWhere((q) => {
        q.where('slug', base).orWhere('slug', 'like', `${base.slice(0, 48)}%`);
      })) as ClaimRow[];
    return new Set(rows.filter((row) => row.document_id !== owner).map((row) => row.slug));
  };

  /**
   * Whether `owner` holds `slug` after trying to insert it. The insert either
   * wins the unique constraint or does nothing (ON CONFLICT DO NOTHING /
   * INSERT IGNORE, which leaves PostgreSQL's transaction usable). SQLite and
   * PostgreSQL say which with RETURNING (the row comes back only when it was
   * inserted); MySQL has no RETURNING, so there the row is read back — which
   * also tells an owner that already held the slug.
   */
  const tryClaim = async (trx: Knex, contentType: string, locale: string, slug: string, owner: string): Promise<boolean> => {
    const row = { content_type: contentType, locale, slug, document_id: owner };
    if (strapi.db.dialect.client !== 'mysql') {
      const inserted = (await trx(CLAIMS_TABLE).insert(row).onConflict(['content_type', 'locale', 'slug']).ignore().returning('document_id')) as unknown[];
      if (inserted.length > 0) return true;
      // A create's pending token is new: whoever holds the slug, it is someone else.
      if (owner.startsWith(PENDING_PREFIX)) return false;
    } else {
      await trx(CLAIMS_TABLE).insert(row).onConflict(['content_type', 'locale', 'slug']).ignore();
    }
    const held = (await trx(CLAIMS_TABLE).first('document_id').where({ content_type: contentType, locale, slug })) as Pick<ClaimRow, 'document_id'> | undefined;
    return held?.document_id === owner;
  };

  /**
   * A create's claim in one statement (SQLite, PostgreSQL): the first of
   * `base`, `base-2`, … `base-FIRST_ROUND` that no claim holds is inserted, and
   * RETURNING says which — so a title that clashes costs one query, not an
   * insert, a read of the taken slugs and a second insert. Undefined when
   * nothing came back (all taken, or a concurrent write took the one chosen):
   * the caller reads what is taken and goes on with the rounds below. A
   * pending owner holds nothing yet, so any claim on a candidate is someone else's.
   */
  const claimFirstFree = async (trx: Knex, contentType: string, locale: string, base: string, owner: string): Promise<string | undefined> => {
    const candidates = Array.from({ length: FIRST_ROUND }, (_, i) => withSuffix(base, i + 1));
    const choices = candidates.map((_, i) => `select ${i} as n, cast(? as varchar(255)) as slug`).join(' union all ');
    // Each candidate is looked up on the unique index by all three columns. As `where not exists (…)`
    // PostgreSQL made it an anti-join that, without statistics yet (a new or fast-growing table), read
    // every claim of the type through the document index: 600 rows per claim in the import benchmark.
    const inserted = await trx.raw(
      `insert into ?? (content_type, locale, slug, document_id) select ?, ?, c.slug, ? from (` +
        `select c0.n, c0.slug, exists (select 1 from ?? as t where t.content_type = ? and t.locale = ? and t.slug = c0.slug) as taken ` +
        `from (${choices}) as c0) as c where not c.taken ` +
        'order by c.n limit 1 on conflict (content_type, locale, slug) do nothing returning slug',
      [CLAIMS_TABLE, contentType, locale, owner, CLAIMS_TABLE, contentType, locale, ...candidates]
    );
    // knex.raw answers PostgreSQL's result object ({ rows }), SQLite's rows as they are.
    const rows = (Array.isArray(inserted) ? inserted : (inserted as { rows?: unknown[] }).rows ?? []) as Array<{ slug?: unknown }>;
    return typeof rows[0]?.slug === 'string' ? rows[0].slug : undefined;
  };

  /** The claim itself, inside the caller's transaction (claim below). */
  const claimIn = async (trx: Knex, contentType: string, locale: string, base: string, owner: string): Promise<string> => {
    // Read what is taken before the first attempt when the first statement already found its candidates taken.
    let taken: Set<string> | undefined;
    if (strapi.db.dialect.client === 'mysql') await takeTurn(trx, `${contentType}|${locale}`);
    else if (owner.startsWith(PENDING_PREFIX)) {
      const likely = withSuffix(base, likelyFree(contentType, locale, base));
      if (await tryClaim(trx, contentType, locale, likely, owner)) return likely;
      const first = await claimFirstFree(trx, contentType, locale, base, owner);
      if (first !== undefined) return first;
      taken = await takenSuffixes(trx, contentType, locale, base, owner);
    }
    // Candidates lost to a concurrent write in this call, in case the read below cannot see them yet.
    const lost = new Set<string>();
    // Otherwise the base first, without reading what is taken: most writes either own it already or find it free.
    for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt += 1) {
      let n = 1;
      while (taken?.has(withSuffix(base, n)) || lost.has(withSuffix(base, n))) n += 1;
      const candidate = withSuffix(base, n);
      if (await tryClaim(trx, contentType, locale, candidate, owner)) return candidate;
      lost.add(candidate);
      taken = await takenSuffixes(trx, contentType, locale, base, owner);
    }
    throw new SlugExhaustedError(base);
  };

  return {
    /**
     * Claims `base`, or `base-2`, `base-3`, … for `owner` (a documentId, or
     * a pending token on create, before Strapi has made the documentId).
     * The insert either wins the unique constraint or does nothing (ON
     * CONFLICT DO NOTHING / INSERT IGNORE, which leaves PostgreSQL's
     * transaction usable); reading the row back tells who owns it.
     */
    async claim(contentType: string, locale: string, base: string, owner: string): Promise<string> {
      if (!owner.startsWith(PENDING_PREFIX)) await settleAdoptions(strapi);
      return inTransaction(async (trx, onCommit) => {
        const slug = await claimIn(trx, contentType, locale, base, owner);
        // Only a claim that commits says where the free suffixes start: a write rolled back (and retried) gave nothing out.
        onCommit(() => rememberSuffix(contentType, locale, base, slug));
        return slug;
      });
    },

    /** A create's claims pass from its pending token to the documentId Strapi gave it (claim-adoptions.ts). */
    async adopt(pendingOwner: string, documentId: string): Promise<void> {
      await adoptClaims(strapi, pendingOwner, documentId);
    },

    /** Claims of a deleted document (one locale, several, or all) are freed. */
    async release(contentType: string, documentId: string, locales?: string[]): Promise<void> {
      forgetSuffixes(contentType);
      await settleAdoptions(strapi);
      await inTransaction((trx) => {
        const query = trx(CLAIMS_TABLE).where({ content_type: contentType, document_id: documentId });
        return (locales ? query.whereIn('locale', locales) : query).delete();
      });
    },
  };
};

/**
 * Every claim in a locale, whoever holds it: the locale was deleted in
 * Settings → Internationalization, whose deleteMany of its entries no
 * document middleware sees (pages/locale-deletes.ts), so no release above
 * ran. Its slugs are free again should the locale come back.
 */
export const releaseLocaleClaims = async (strapi: Core.Strapi, locale: string): Promise<void> => {
  lastSuffix.clear();
  await settleAdoptions(strapi);
  await strapi.db.transaction(({ trx }: { trx: Knex }) => trx(CLAIMS_TABLE).where({ locale }).delete());
};

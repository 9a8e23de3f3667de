import { factories } from '@strapi/strapi';
import type { Kind } from '../kinds';
import { pluginService } from '../strapi/plugin-service';

type Plain = Record<string, unknown>;

/**
 * The core controller of a type plus `bySlug`: GET /<plural>/by-slug/:slug,
 * public, published versions only, sanitized like core responses.
 */
export const pageController = (kind: Kind) =>
  factories.createCoreController(kind.uid, ({ strapi }) => ({
    async bySlug(ctx) {
      const slug = ctx.params.slug ?? '';
      const locale = typeof ctx.query.locale === 'string' && ctx.query.locale !== '' ? ctx.query.locale : undefined;
      const cache = pluginService(strapi, 'page-cache');
      // Only public answers are shared: an authenticated caller's may be sanitized differently.
      const key = ctx.state.auth && (ctx.state.auth as { credentials?: unknown }).credentials ? undefined : `${kind.name}|${locale ?? ''}|${slug}`;
      const cached = key ? cache.get(key) : undefined;
      if (cached) {
        ctx.type = 'application/json';
        ctx.body = cached;
        return;
      }
      const pages = pluginService(strapi, 'pages');
      const page = await pages.bySlug(kind, slug, locale);
      if (!page) return ctx.notFound(`No published ${kind.name} with slug "${slug}"`);
      // Strapi's core controllers always have it; its type says it may be missing.
      if (!this.sanitizeOutput) throw new Error('newsroom: the core controller has no sanitizeOutput');
      const sanitized = (await this.sanitizeOutput(page, ctx)) as Plain;
      const tools = { origin: ctx.request.origin ?? '', speechesOf: pages.speechesOf };
      const extras = kind.pageExtras ? await kind.pageExtras(sanitized, tools) : {};
      const json = JSON.stringify({ data: { ...sanitized, ...extras } });
      if (key) cache.set(key, json);
      ctx.type = 'application/json';
      ctx.body = json;
    },
  }));

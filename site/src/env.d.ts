/// <reference types="astro/client" />

type SiteLocale = 'zh-Hans' | 'en';

declare namespace App {
  interface Locals {
    /** The locale of the page asked for, for a 404 reached by Astro.rewrite('/404') (whose own URL is /404). */
    locale?: SiteLocale;
  }
}

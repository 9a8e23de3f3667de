/** The seed article's path (scripts/lib/seed.cjs). */
export declare const SEED_FILE: string;

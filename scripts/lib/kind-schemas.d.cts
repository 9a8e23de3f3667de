/** The schemas as TypeScript constants (scripts/lib/kind-schemas.cjs). */
export interface PluginSchemas {
  kinds: Record<string, { info: { singularName: string; pluralName: string }; attributes: Record<string, Record<string, unknown>> }>;
  components: Record<string, { attributes: Record<string, Record<string, unknown>> }>;
}
export declare const KIND_SCHEMAS_FILE: string;
export declare const readPluginSchemas: (plugin?: string) => PluginSchemas;
export declare const renderKindSchemas: (schemas: PluginSchemas) => string;

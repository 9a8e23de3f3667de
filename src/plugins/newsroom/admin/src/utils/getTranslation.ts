import { PLUGIN_ID } from '../pluginId';

/** The plugin's own message ids are prefixed with its id (see registerTrads). */
export const getTranslation = (id: string): string => `${PLUGIN_ID}.${id}`;

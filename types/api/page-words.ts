/**
 * The words of the newsroom's fields and values in Chinese and English, for
 * frontends (the reader's site uses them): defined once in the plugin
 * (src/plugins/newsroom/shared/page-words.ts), which the preview page uses
 * too; this file publishes them.
 */
export * from '../../src/plugins/newsroom/shared/page-words';

/**
 * Response types of the newsroom's API, for frontends: page responses
 * (`PageResponse<MeetingPage>`, …), refusals (`ErrorResponse`), editorial
 * checks and import outcomes. Defined once in the plugin
 * (src/plugins/newsroom/shared/api.ts), which the server and the admin use
 * too; this file publishes them.
 */
export * from '../../src/plugins/newsroom/shared/api';

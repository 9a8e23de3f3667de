/**
 * The one home of the seed article's path: the report the project grew from,
 * in ../shared/seed beside the repository (in CI too). CommonJS so that both
 * the scripts (ESM) and the tests (TypeScript under jest) import it.
 */
const path = require('path');

// NEWSROOM_SEED_FILE where the checkout has no ../shared beside it (a worktree elsewhere).
exports.SEED_FILE = process.env.NEWSROOM_SEED_FILE || path.resolve(__dirname, '../../../shared/seed/futian-2023-disability-committee-meeting.txt');

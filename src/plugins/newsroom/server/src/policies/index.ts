import mayReadCheckedDocument from './may-read-checked-document';
import mayReadHistory from './may-read-history';

export default {
  'may-read-checked-document': mayReadCheckedDocument,
  'may-read-history': mayReadHistory,
};

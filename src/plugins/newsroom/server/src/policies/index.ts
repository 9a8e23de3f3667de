import mayReadCheckedDocument from './may-read-checked-document';
import mayReadHistory from './may-read-history';
import mayRequestPreview from './may-request-preview';

export default {
  'may-read-checked-document': mayReadCheckedDocument,
  'may-read-history': mayReadHistory,
  'may-request-preview': mayRequestPreview,
};

import mayReadCheckedDocument from './may-read-checked-document';
import mayRequestPreview from './may-request-preview';

export default {
  'may-read-checked-document': mayReadCheckedDocument,
  'may-request-preview': mayRequestPreview,
};

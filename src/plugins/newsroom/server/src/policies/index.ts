import mayReadCheckedDocument from './may-read-checked-document';

export default {
  'may-read-checked-document': mayReadCheckedDocument,
};

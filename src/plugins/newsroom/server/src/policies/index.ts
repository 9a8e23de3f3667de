import mayReadCheckedDocument from './may-read-checked-document';
import mayReadHistory from './may-read-history';
import mayRequestPreview from './may-request-preview';
import maySchedule from './may-schedule';

export default {
  'may-read-checked-document': mayReadCheckedDocument,
  'may-read-history': mayReadHistory,
  'may-request-preview': mayRequestPreview,
  'may-schedule': maySchedule,
};

import type { Schema, Struct } from '@strapi/strapi';

export interface NewsroomAdoptedDocument extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_adopted_documents';
  info: {
    description: 'A document a meeting adopted, reviewed or relayed; the title is stored without \u300A\u300B.';
    displayName: 'Adopted document';
    icon: 'file';
  };
  attributes: {
    action: Schema.Attribute.Enumeration<['adopted', 'reviewed', 'relayed']>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
  };
}

export interface NewsroomCorrection extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_corrections';
  info: {
    description: 'A correction, update or clarification published with the report: its date, its kind and what it says.';
    displayName: 'Correction';
    icon: 'pencil';
  };
  attributes: {
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    kind: Schema.Attribute.Enumeration<
      ['correction', 'update', 'clarification']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'correction'>;
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface NewsroomCredit extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_credits';
  info: {
    description: 'One person credited in one role: \u8BB0\u8005, \u901A\u8BAF\u5458, \u6444\u5F71, \u5B9E\u4E60\u751F, \u7F16\u8F91, \u89C1\u4E60\u7F16\u8F91, \u5BA1\u8BFB, \u8D23\u4EFB\u7F16\u8F91, \u4E8C\u5BA1, \u4E09\u5BA1 (editorial/credit-roles.ts).';
    displayName: 'Credit';
    icon: 'user';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        newsroom: {
          text: 'person-name';
        };
      }>;
    role: Schema.Attribute.Enumeration<
      [
        'reporter',
        'correspondent',
        'photographer',
        'intern',
        'editor',
        'trainee-editor',
        'proofreader',
        'responsible-editor',
        'second-reviewer',
        'final-reviewer',
      ]
    >;
  };
}

export interface NewsroomEditorial extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_editorials';
  info: {
    description: 'Source, report time and credits of a report. creditLine and byline are derived on every write.';
    displayName: 'Editorial';
    icon: 'feather';
  };
  attributes: {
    byline: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        newsroom: {
          text: 'derived';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1024;
      }>;
    channel: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    creditLine: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        newsroom: {
          text: 'derived';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1024;
      }>;
    credits: Schema.Attribute.Component<'newsroom.credit', true>;
    dateline: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    reportedAt: Schema.Attribute.DateTime;
    source: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    sourceUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
  };
}

export interface NewsroomMetric extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_metrics';
  info: {
    description: 'A figure an achievement reports, e.g. 92 \u4E2A\u793E\u533A.';
    displayName: 'Metric';
    icon: 'chartBubble';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    note: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 32;
      }>;
    value: Schema.Attribute.Decimal;
  };
}

export interface NewsroomPosition extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_positions';
  info: {
    description: 'A title a speaker holds in an organization.';
    displayName: 'Position';
    icon: 'briefcase';
  };
  attributes: {
    organization: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface NewsroomSpeech extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_speeches';
  info: {
    description: 'Who spoke at a meeting and in what role: a named speaker or a description of one the report does not name.';
    displayName: 'Speech';
    icon: 'microphone';
  };
  attributes: {
    order: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    role: Schema.Attribute.Enumeration<
      ['chair', 'address', 'report', 'relay', 'explanation', 'experience']
    >;
    speaker: Schema.Attribute.Relation<'oneToOne', 'plugin::newsroom.speaker'>;
    speakerDescription: Schema.Attribute.Text;
    summary: Schema.Attribute.Text;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'newsroom.adopted-document': NewsroomAdoptedDocument;
      'newsroom.correction': NewsroomCorrection;
      'newsroom.credit': NewsroomCredit;
      'newsroom.editorial': NewsroomEditorial;
      'newsroom.metric': NewsroomMetric;
      'newsroom.position': NewsroomPosition;
      'newsroom.speech': NewsroomSpeech;
    }
  }
}

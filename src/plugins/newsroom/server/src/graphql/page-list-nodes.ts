/**
 * The GraphQL types of the items of a page's lists (services/pages/page-lists.ts),
 * by list name: what the stored page embeds of each item, read from the
 * same objects (`nodes` of newsroomSpeakerSpeeches, newsroomMeetingAchievements,
 * newsroomMeetingStreetCases). Plain object types, not the generated
 * content types: an item is the page's copy, with no resolver behind it.
 */
import type { Nexus } from './nexus';

/** The type of each list's items, by list name (`meeting-achievements`). */
export const LIST_NODE_TYPES: Readonly<Record<string, string>> = {
  'speaker-speeches': 'NewsroomSpeakerSpeech',
  'meeting-achievements': 'NewsroomMeetingAchievement',
  'meeting-street-cases': 'NewsroomMeetingStreetCase',
};

export const listNodeTypes = (nexus: Nexus): unknown[] => [
  nexus.objectType({
    name: 'NewsroomSpeechMeeting',
    definition(t) {
      t.id('documentId');
      t.string('title');
      t.string('slug');
      t.field('heldOn', { type: 'Date' });
      t.string('venue');
    },
  }),
  nexus.objectType({
    name: 'NewsroomSpeakerSpeech',
    definition(t) {
      t.string('role');
      t.string('speakerDescription');
      t.string('summary');
      t.int('order');
      t.field('meeting', { type: 'NewsroomSpeechMeeting' });
    },
  }),
  nexus.objectType({
    name: 'NewsroomListMetric',
    definition(t) {
      t.string('label');
      t.float('value');
      t.string('unit');
      t.string('note');
    },
  }),
  nexus.objectType({
    name: 'NewsroomMeetingAchievement',
    definition(t) {
      t.id('documentId');
      t.string('title');
      t.string('slug');
      t.int('ordinal');
      t.int('year');
      t.string('category');
      t.string('summary');
      t.field('metrics', { type: nexus.list(nexus.nonNull('NewsroomListMetric')) });
    },
  }),
  nexus.objectType({
    name: 'NewsroomListSpeaker',
    definition(t) {
      t.id('documentId');
      t.string('name');
      t.string('slug');
    },
  }),
  nexus.objectType({
    name: 'NewsroomListSpeech',
    definition(t) {
      t.string('role');
      t.string('speakerDescription');
      t.string('summary');
      t.field('speaker', { type: 'NewsroomListSpeaker' });
    },
  }),
  nexus.objectType({
    name: 'NewsroomMeetingStreetCase',
    definition(t) {
      t.id('documentId');
      t.string('title');
      t.string('slug');
      t.string('street');
      t.string('community');
      t.string('district');
      t.string('summary');
      t.string('honors');
      t.field('presenter', { type: 'NewsroomListSpeech' });
    },
  }),
];

/**
 * Valid documents of each type, taken from the seed meeting (the one fixture,
 * tests/fixtures/seed-meeting.ts), in the shape a REST client or the Document
 * Service writes them: the meeting without its speeches and cover (those
 * relate to documents a test makes itself).
 */
import { seedAchievements, seedMeeting, seedSpeaker, seedStreetCases } from '../../fixtures/seed-meeting';

export const seedEditorial = () => {
  const { source, channel, reportedAt, credits } = seedMeeting().editorial ?? {};
  return { source, channel, reportedAt, credits: (credits ?? []).map(({ role, name }) => ({ role, name })) };
};

export const meetingData = (overrides: Record<string, unknown> = {}) => {
  const { title, headline, heldOn, venue, organizer, district, adoptedDocuments } = seedMeeting();
  return {
    title,
    headline,
    heldOn,
    venue,
    organizer,
    district,
    // as an editor types it, without the 《》 the article quotes it in
    adoptedDocuments: (adoptedDocuments ?? []).map(({ title: document, action }) => ({ title: document.replace(/^《|》$/g, ''), action })),
    editorial: seedEditorial(),
    ...overrides,
  };
};

export const achievementData = (overrides: Record<string, unknown> = {}) => {
  const { title, ordinal, year, category } = seedAchievements()[0];
  return { title, ordinal, year, category, metrics: seedAchievements()[1].metrics, ...overrides };
};

export const streetCaseData = (overrides: Record<string, unknown> = {}) => ({ ...seedStreetCases()[0], ...overrides });

export const speakerData = (overrides: Record<string, unknown> = {}) => ({ ...seedSpeaker(), ...overrides });

export const TYPES = [
  { kind: 'meeting', plural: 'meetings', uid: 'plugin::newsroom.meeting', data: meetingData, titleField: 'title' },
  { kind: 'achievement', plural: 'achievements', uid: 'plugin::newsroom.achievement', data: achievementData, titleField: 'title' },
  { kind: 'street-case', plural: 'street-cases', uid: 'plugin::newsroom.street-case', data: streetCaseData, titleField: 'title' },
  { kind: 'speaker', plural: 'speakers', uid: 'plugin::newsroom.speaker', data: speakerData, titleField: 'name' },
] as const;

/**
 * Content for the reader's site tests: the seed report imported and
 * published in zh-Hans, and an English localization of one document of each
 * kind (the meeting, its first achievement and street case, its reporting
 * speaker), written through the Document Service as an editor's publish is.
 */
import path from 'path';
import type { Core } from '@strapi/strapi';
import { seedMeeting } from '../../fixtures/seed-meeting';
import { SEED_FILE, seedText } from '../../fixtures/seed';


export interface SiteContent {
  meeting: { documentId: string; zh: string; en: string };
  achievement: { documentId: string; zh: string; en: string };
  streetCase: { documentId: string; zh: string; en: string };
  speaker: { documentId: string; zh: string; en: string };
}

interface Slugged {
  documentId: string;
  slug: string;
}

/** The seed report's credits, as the seed's expected meeting holds them (the import reads the same from the text). */
const EDITORIAL = seedMeeting().editorial;

type Documents = (uid: string) => {
  findFirst(params: Record<string, unknown>): Promise<Slugged | null>;
  update(params: Record<string, unknown>): Promise<Slugged>;
};

export const publishSiteContent = async (strapi: Core.Strapi): Promise<SiteContent> => {
  const outcome = (await strapi.plugin('newsroom').service('importer').importReport(seedText(), { publish: true, fileName: path.basename(SEED_FILE) })) as {
    meeting: { documentId: string; slug: string };
  };
  const documents = strapi.documents as unknown as Documents;
  const first = async (uid: string, filters: Record<string, unknown>): Promise<Slugged> => {
    const found = await documents(uid).findFirst({ filters, status: 'published', locale: 'zh-Hans', sort: 'id:asc' });
    if (!found) throw new Error(`no published ${uid} for the site tests`);
    return found;
  };
  const meetingId = outcome.meeting.documentId;
  const achievement = await first('plugin::newsroom.achievement', { meeting: { documentId: meetingId }, ordinal: 1 });
  const streetCase = await first('plugin::newsroom.street-case', { meeting: { documentId: meetingId } });
  const speaker = await first('plugin::newsroom.speaker', { name: '罗念纯' });
  const english = (uid: string, documentId: string, data: Record<string, unknown>) =>
    documents(uid).update({ documentId, locale: 'en', data, status: 'published' });

  const meetingEn = await english('plugin::newsroom.meeting', meetingId, {
    title: 'First plenary meeting of the Futian District Working Committee on Disability, 2023',
    headline: 'Futian holds its 2023 working committee meeting on disability',
    heldOn: '2023-04-28',
    venue: 'Futian Hall',
    organizer: 'Futian District Working Committee on Disability',
    district: 'Futian District',
    summary: 'The committee reviewed the work of 2022 and adopted the disability prevention action plan.',
    adoptedDocuments: [{ title: 'Futian District Disability Prevention Action Plan (2023–2025)', action: 'adopted' }],
    editorial: EDITORIAL,
  });
  const achievementEn = await english('plugin::newsroom.achievement', achievement.documentId, {
    title: 'Piloting national standards for basic public services',
    ordinal: 1,
    year: 2022,
    category: 'service-standards',
    summary: 'Community disability associations now cover 92 communities.',
    metrics: [{ label: 'Communities covered', value: 92, unit: 'communities' }],
    meeting: { connect: [{ documentId: meetingId, locale: 'en' }] },
  });
  const streetCaseEn = await english('plugin::newsroom.street-case', streetCase.documentId, {
    title: 'From people looking for policies to policies finding people',
    street: 'Shatou Subdistrict',
    district: 'Futian District',
    summary: 'Shatou visits every registered person with a disability at home.',
    presenter: { speakerDescription: 'Deputy director of the Shatou Subdistrict public service office', role: 'experience' },
    meeting: { connect: [{ documentId: meetingId, locale: 'en' }] },
  });
  const speakerEn = await english('plugin::newsroom.speaker', speaker.documentId, {
    name: 'Luo Nianchun',
    positions: [{ organization: 'Futian District Disabled Persons’ Federation', title: 'Chair' }],
    bio: 'Chair of the Futian District Disabled Persons’ Federation.',
  });

  return {
    meeting: { documentId: meetingId, zh: outcome.meeting.slug, en: meetingEn.slug },
    achievement: { documentId: achievement.documentId, zh: achievement.slug, en: achievementEn.slug },
    streetCase: { documentId: streetCase.documentId, zh: streetCase.slug, en: streetCaseEn.slug },
    speaker: { documentId: speaker.documentId, zh: speaker.slug, en: speakerEn.slug },
  };
};

/**
 * A speaker who spoke at one published meeting of each title, a month apart
 * (2024), oldest first; the meetings carry the seed's credits.
 */
export const publishPagedSpeaker = async (strapi: Core.Strapi, name: string, titles: readonly string[]): Promise<Slugged> => {
  const documents = strapi.documents as unknown as (uid: string) => { create(params: Record<string, unknown>): Promise<Slugged> };
  const speaker = await documents('plugin::newsroom.speaker').create({ data: { name }, locale: 'zh-Hans', status: 'published' });
  for (const [i, title] of titles.entries()) {
    await documents('plugin::newsroom.meeting').create({
      data: {
        title,
        heldOn: `2024-${String(i + 1).padStart(2, '0')}-15`,
        organizer: '福田区残工委',
        editorial: { ...EDITORIAL, reportedAt: `2024-${String(i + 1).padStart(2, '0')}-16T09:00:00+08:00` },
        speeches: [{ speaker: speaker.documentId, role: 'address', summary: `第${i + 1}次讲话` }],
      },
      locale: 'zh-Hans',
      status: 'published',
    });
  }
  return speaker;
};

/** A published meeting with published achievements of these titles, numbered 1, 2, … in that order. */
export const publishMeetingWithAchievements = async (strapi: Core.Strapi, title: string, achievements: readonly string[]): Promise<Slugged> => {
  const documents = strapi.documents as unknown as (uid: string) => { create(params: Record<string, unknown>): Promise<Slugged> };
  const meeting = await documents('plugin::newsroom.meeting').create({
    data: { title, heldOn: '2024-06-15', organizer: '福田区残工委', editorial: { ...EDITORIAL, reportedAt: '2024-06-16T09:00:00+08:00' } },
    locale: 'zh-Hans',
    status: 'published',
  });
  for (const [i, achievement] of achievements.entries()) {
    await documents('plugin::newsroom.achievement').create({
      data: { title: achievement, ordinal: i + 1, year: 2024, category: 'employment', meeting: meeting.documentId },
      locale: 'zh-Hans',
      status: 'published',
    });
  }
  return meeting;
};

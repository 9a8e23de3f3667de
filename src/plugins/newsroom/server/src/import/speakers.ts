/**
 * Speakers and their positions, from every description of a named person.
 *
 * A description `福田区政府党组成员、副区长,残工委主任` is split into segments
 * (on 、 and commas); each segment is organization + title
 * (speaker-title.ts). A segment without an organization holds another title
 * in the previous segment's organization (理事长 → 福田区残联). An
 * organization without a place of its own is qualified by the place in front
 * of it: `残工委` after `福田区政府` is `福田区残工委`, `街道残联` after
 * `沙头街道公共服务办` is `沙头街道残联`, and a bare `区残联` is the report's
 * district's (`福田区残联`).
 *
 * One organization, several spellings: 福田区政府 and 福田区人民政府 are the
 * same body, as are 残联/残疾人联合会 and 残工委/残疾人工作委员会. They are
 * compared by a key with the long forms shortened, and shown in the most
 * formal (longest) spelling the report uses anywhere — so 朱江's caption
 * (福田区政府) and his first mention (福田区人民政府) give one organization,
 * 福田区人民政府.
 */
import type { Position } from '../editorial/types';
import type { ParsedSpeaker } from '../../../shared/parsed-report';
import { descriptionSegments, splitOrganizationAndTitle } from './speaker-title';

const LEVELS = ['街道', '社区', '新区', '区', '县', '市', '镇', '村', '省'];

/** Long official forms and their everyday short forms. */
const ALIASES: ReadonlyArray<[string, string]> = [
  ['人民政府', '政府'],
  ['残疾人联合会', '残联'],
  ['残疾人工作委员会', '残工委'],
];

/** The comparison key of an organization name. */
export function organizationKey(organization: string): string {
  return ALIASES.reduce((key, [long, short]) => key.split(long).join(short), organization);
}

/** `福田区政府` → `福田区`; `沙头街道公共服务办` → `沙头街道`: the named place an organization starts with. */
function leadingPlace(organization: string): string | undefined {
  for (let index = 2; index < Math.min(organization.length, 10); index += 1) {
    const level = LEVELS.find((l) => organization.startsWith(l, index));
    if (level !== undefined) return organization.slice(0, index + level.length);
  }
  return undefined;
}

/** The generic level an organization starts with: `区`残联, `街道`残联. */
function genericLevel(organization: string): string | undefined {
  return LEVELS.find((level) => organization.startsWith(level) && organization.length > level.length);
}

function qualify(organization: string, previous: string | undefined, district: string | undefined): string {
  if (organization === '') return previous ?? '';
  if (leadingPlace(organization) !== undefined) return organization;
  const level = genericLevel(organization);
  const place = previous === undefined ? undefined : leadingPlace(previous);
  if (level !== undefined) {
    if (place !== undefined && place.endsWith(level)) return place + organization.slice(level.length);
    if (level === '区' && district !== undefined) return district + organization.slice(level.length);
    return organization;
  }
  return place === undefined ? organization : place + organization;
}

/** Positions in one description, organizations qualified but not yet respelled. */
export function positionsOf(description: string, district: string | undefined): Position[] {
  const positions: Position[] = [];
  let previous: string | undefined;
  for (const segment of descriptionSegments(description)) {
    const split = splitOrganizationAndTitle(segment);
    if (split === undefined) continue;
    const organization = qualify(split.organization, previous, district);
    if (organization !== '') previous = organization;
    positions.push(organization === '' ? { title: split.title } : { organization, title: split.title });
  }
  return positions;
}

/**
 * Speakers in the order of `names`, each once, with the positions of every
 * description of them, deduplicated by organization key and title, every
 * organization in its most formal spelling.
 */
export function buildSpeakers(
  names: ReadonlyArray<string>,
  descriptions: ReadonlyArray<{ name: string; description: string }>,
  district: string | undefined,
): ParsedSpeaker[] {
  const spelling = new Map<string, string>();
  const positionsByName = new Map<string, Position[]>();
  for (const { name, description } of descriptions) {
    const list = positionsByName.get(name) ?? [];
    for (const position of positionsOf(description, district)) {
      list.push(position);
      if (position.organization) {
        const key = organizationKey(position.organization);
        const known = spelling.get(key);
        if (known === undefined || position.organization.length > known.length) spelling.set(key, position.organization);
      }
    }
    positionsByName.set(name, list);
  }
  return names.map((name) => {
    const seen = new Set<string>();
    const positions: Position[] = [];
    for (const position of positionsByName.get(name) ?? []) {
      const organization = position.organization ? spelling.get(organizationKey(position.organization)) : undefined;
      const key = `${organization === undefined ? '' : organizationKey(organization)}|${position.title ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      positions.push(organization === undefined ? { title: position.title } : { organization, title: position.title });
    }
    return { name, positions };
  });
}

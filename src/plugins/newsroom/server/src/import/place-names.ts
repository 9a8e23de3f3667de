/**
 * Street and community names in a sentence: every name ending in 街道/镇
 * (street level: a subdistrict or a town, 乡镇 as well as 街道) or 社区/村
 * (community level), cut at list words (沙头街道、梅林街道和莲花街道); a
 * community written right after its street (莲花街道莲花北社区) belongs to
 * it. Other suffixes are not read: the contract's rule R8 accepts only these.
 */
import { isHan, wordAt } from './text';

const STREET_SUFFIXES = ['街道', '镇'];
const COMMUNITY_SUFFIXES = ['社区', '村'];
/** Characters that separate two names in a list: 沙头街道、梅林街道和莲花街道. */
const SOFT_BOUNDARIES = [...'和及与由在请对向'];
const MAX_PLACE_NAME = 6;
export interface Unit {
  street?: string;
  community?: string;
}

export function unitKey(unit: Unit): string {
  return `${unit.street ?? ''}|${unit.community ?? ''}`;
}

/** The most specific name of a unit: its community, else its street. */
export function unitName(unit: Unit): string {
  return unit.community ?? unit.street ?? '';
}

export interface PlaceName {
  name: string;
  kind: 'street' | 'community';
  start: number;
  end: number;
}

/** Every street/community name in `text`, left to right. */
export function findPlaces(text: string): PlaceName[] {
  const places: PlaceName[] = [];
  let previousEnd = 0;
  for (let index = 0; index < text.length; index += 1) {
    const street = wordAt(text, index, STREET_SUFFIXES);
    const community = street === undefined ? wordAt(text, index, COMMUNITY_SUFFIXES) : undefined;
    const suffix = street ?? community;
    if (suffix === undefined) continue;
    let start = index;
    while (start > previousEnd && index - start < MAX_PLACE_NAME && isHan(text[start - 1]) && text[start - 1] !== '、') start -= 1;
    // Cut at the last list word that still leaves a two-character name: 梅林街道和|莲花街道.
    for (let cut = index - 2; cut >= start; cut -= 1) {
      if (SOFT_BOUNDARIES.includes(text[cut])) {
        start = cut + 1;
        break;
      }
    }
    if (index - start >= 2) {
      const end = index + suffix.length;
      places.push({ name: text.slice(start, end), kind: street !== undefined ? 'street' : 'community', start, end });
      previousEnd = end;
      index = end - 1;
    }
  }
  return places;
}

/** Units from a list of place names: a community right after its street joins it. */
export function unitsFrom(places: ReadonlyArray<PlaceName>): Unit[] {
  const units: Unit[] = [];
  for (let index = 0; index < places.length; index += 1) {
    const place = places[index];
    const next = places[index + 1];
    if (place.kind === 'street' && next !== undefined && next.kind === 'community' && next.start === place.end) {
      units.push({ street: place.name, community: next.name });
      index += 1;
    } else if (place.kind === 'street') {
      units.push({ street: place.name });
    } else {
      units.push({ community: place.name });
    }
  }
  return units;
}


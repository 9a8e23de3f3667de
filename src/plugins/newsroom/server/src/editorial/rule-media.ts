/**
 * R9: accessible media. A published image carries alternative text that a
 * screen reader can read out instead of the picture: not empty, and not the
 * upload's file name (`IMG_0001.jpg`, or `IMG_0001` — what the media library
 * fills in when nobody typed anything).
 *
 * Runs on publish: an editor may upload first and describe later.
 */
import { isBlank, problem, type KindedDocument } from './rule';
import type { CheckContext, FieldPath, MediaRef, Problem } from './types';
import { plainKindNamed } from '../kinds/plain';

function withoutExtension(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}

function checkImage(image: MediaRef | null | undefined, path: FieldPath, ctx: CheckContext): Problem[] {
  if (!image) return [];
  const alternativeText = image.alternativeText?.trim() ?? '';
  if (isBlank(alternativeText)) return [problem(ctx, path, 'media.alternative-text.missing')];
  const fileName = image.name?.trim() ?? '';
  if (fileName === '') return [];
  const sameAsFileName = [fileName, withoutExtension(fileName)].some(
    (name) => name.toLowerCase() === alternativeText.toLowerCase(),
  );
  return sameAsFileName ? [problem(ctx, path, 'media.alternative-text.file-name', { fileName })] : [];
}

/** The kind's single image (kinds/index.ts): a meeting's `cover`, a speaker's `photo`. */
export function checkAccessibleMedia(document: KindedDocument, ctx: CheckContext): Problem[] {
  const field = plainKindNamed(document.kind)?.media;
  if (!field) return [];
  return checkImage((document.data as Record<string, unknown>)[field] as MediaRef | null | undefined, [field], ctx);
}

import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { MAX_REPORT_BYTES, problemsOf, type ImportOutcome } from '../../api';
import { newKey, overridesOf, usePluginMessages, type Corrections, type Item } from './items';

/** The server refuses reports over 2 MB; the page says so before sending one. */
const MAX_BYTES = MAX_REPORT_BYTES;
const IMPORT_URL = '/newsroom/import';

export interface Progress {
  done: number;
  total: number;
}

/** Chosen files as reports to preview; what cannot be a report (not .txt, over 2 MB) is refused at once. */
const itemsFromFiles = async (files: File[], t: ReturnType<typeof usePluginMessages>): Promise<Item[]> => {
  const added: Item[] = [];
  for (const file of files) {
    const base = { key: newKey(), fileName: file.name, text: '' };
    if (!/\.txt$/i.test(file.name)) {
      added.push({ ...base, state: 'refused', problems: [{ message: t('import.error.not-txt', 'Only .txt files can be imported.') }] });
    } else if (file.size > MAX_BYTES) {
      added.push({ ...base, state: 'refused', problems: [{ message: t('import.error.too-large', 'The file is over 2 MB.') }] });
    } else {
      added.push({ ...base, text: await file.text(), state: 'previewing' });
    }
  }
  return added;
};

/**
 * The reports on the import page and what happens to them: each is
 * previewed when added (dryRun: nothing written), then `importAll` writes
 * every previewed one, one after the other, with the editor's corrections.
 */
export const useImportQueue = () => {
  const { post } = useFetchClient();
  const t = usePluginMessages();
  const [items, setItems] = React.useState<Item[]>([]);
  const [progress, setProgress] = React.useState<Progress | null>(null);
  const [announcement, setAnnouncement] = React.useState('');
  const [summary, setSummary] = React.useState('');
  const pasteCount = React.useRef(0);

  const update = React.useCallback(
    (key: string, change: Partial<Item>) => setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item))),
    []
  );

  const previewAll = async (added: Item[]) => {
    for (const item of added) {
      if (item.state !== 'previewing') continue;
      try {
        const { data } = await post<{ data: ImportOutcome }>(IMPORT_URL, { text: item.text, fileName: item.fileName, dryRun: true });
        // Read, but refused by the import (a body over the plugin's blocksLimits): the preview is shown with the problem, and the report is not imported.
        const problems = data.data.problems && data.data.problems.length > 0 ? data.data.problems : undefined;
        update(item.key, { state: problems ? 'refused' : 'parsed', outcome: data.data, problems });
      } catch (error) {
        update(item.key, { state: 'refused', problems: problemsOf(error) });
      }
    }
    setAnnouncement(t('import.announce.previewed', '{count, plural, one {# report read} other {# reports read}}. Check the preview, then import.', { count: added.length }));
  };

  const addItems = (added: Item[]) => {
    setItems((current) => [...current, ...added]);
    void previewAll(added);
  };

  const addFiles = async (files: File[]) => {
    const added = await itemsFromFiles(files, t);
    if (added.length > 0) addItems(added);
  };

  const addPasted = (text: string) => {
    pasteCount.current += 1;
    const fileName = t('import.pasted.name', 'Pasted report {number}', { number: pasteCount.current });
    addItems([{ key: newKey(), fileName, text, state: 'previewing' }]);
  };

  const importAll = async (publish: boolean) => {
    const queue = items.filter((item) => item.state === 'parsed');
    if (queue.length === 0) return;
    const tally = { created: 0, updated: 0, failed: 0 };
    setSummary('');
    setProgress({ done: 0, total: queue.length });
    for (const [index, item] of queue.entries()) {
      update(item.key, { state: 'importing' });
      try {
        const body = { text: item.text, fileName: item.fileName, publish, overrides: overridesOf(item) };
        const { data } = await post<{ data: ImportOutcome }>(IMPORT_URL, body);
        const state = data.data.status === 'updated' ? 'updated' : 'created';
        tally[state] += 1;
        update(item.key, { state, outcome: data.data, problems: undefined });
      } catch (error) {
        tally.failed += 1;
        update(item.key, { state: 'failed', problems: problemsOf(error) });
      }
      setProgress({ done: index + 1, total: queue.length });
    }
    const finished = t('import.announce.done', 'Import finished: {created} created, {updated} updated, {failed} refused.', tally);
    setSummary(finished);
    setAnnouncement(finished);
  };

  const correct = (key: string, corrections: Corrections) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, corrections: { ...item.corrections, ...corrections } } : item)));
  const remove = (key: string) => setItems((current) => current.filter((item) => item.key !== key));

  const busy = progress !== null && progress.done < progress.total;
  return { items, progress, busy, announcement, summary, addFiles, addPasted, importAll, correct, remove };
};

export type ImportQueue = ReturnType<typeof useImportQueue>;

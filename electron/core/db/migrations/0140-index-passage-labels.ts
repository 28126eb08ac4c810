import type { Migration } from './migration';

/**
 * Passages by label, so a search for a citation ("art. 7(1)(h)") finds "Art. 7(1)(h)" and its
 * sub-paragraphs ("Art. 7(1)(h)(i)…", a range of the same index) without reading every passage.
 */
export const indexPassageLabels: Migration = {
  version: 140,
  name: 'index passages by label',
  up(db) {
    db.exec('CREATE INDEX passages_by_label ON passages (label)');
  },
};

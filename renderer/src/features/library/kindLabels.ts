import type { DocumentKind } from '../../../../electron/common/model';

export const kindLabels: Record<DocumentKind, string> = {
  draft: 'Draft',
  instrument: 'Instrument',
  statement: 'Statement',
};

import { ExternalLink } from 'lucide-react';
import type { PackDraftText } from '../../../../electron/common/packs';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { RedlineText } from '../revisions/RedlineText';
import { useOpenSource } from './useOpenSource';

/**
 * A draft article as the pack shows it: its heading and text in the revision, with the changes
 * since the previous revision as a redline; "New in this revision" when the previous one did
 * not have it, "Not found in Rev.N" when this one does not.
 */
export function DraftTextView({ draft }: { draft: PackDraftText }) {
  const t = useT();
  const openSource = useOpenSource();
  if (draft.missing) return <p className="notice">{t('packs.draft.missing', { article: draft.label, revision: draft.revisionName })}</p>;
  return (
    <div className="pack-draft">
      <div className="pack-draft-head">
        <strong>
          {draft.label}
          {draft.heading && ` ${draft.heading}`}
        </strong>
        <span className="hint">
          {draft.redline
            ? t('packs.draft.changesSince', { revision: draft.revisionName, previous: draft.previousRevisionName ?? '' })
            : draft.previousRevisionName
              ? t('packs.draft.newInRevision', { revision: draft.revisionName })
              : draft.revisionName}
        </span>
        <span className="toolbar-spacer" />
        <Button variant="quiet" onPress={() => openSource(draft.documentId, draft.pageIndex)}>
          <ExternalLink aria-hidden size={14} />
          {t('packs.openSource')}
        </Button>
      </div>
      <div className="redline redline-inline pack-draft-text" dir="auto">
        {draft.redline ? <RedlineText segments={draft.redline} /> : draft.text}
      </div>
    </div>
  );
}

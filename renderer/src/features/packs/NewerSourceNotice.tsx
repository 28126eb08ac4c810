import { ExternalLink } from 'lucide-react';
import type { NewerSource } from '../../../../electron/common/packs';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { useOpenSource } from './useOpenSource';

/** "Reads otherwise in A/…/Rev.2 (Art. 7)": the text clipped has changed in a newer revision; a button opens that one. */
export function NewerSourceNotice({ newer }: { newer: NewerSource }) {
  const t = useT();
  const openSource = useOpenSource();
  const where = newer.label ? t('packs.newer.withArticle', { revision: newer.revisionName, article: newer.label }) : newer.revisionName;
  return (
    <div className="pack-newer" role="note">
      <span>{t('packs.newer.readsOtherwise', { where })}</span>
      <Button variant="quiet" onPress={() => openSource(newer.documentId, null)}>
        <ExternalLink aria-hidden size={14} />
        {t('packs.newer.open', { revision: newer.revisionName })}
      </Button>
    </div>
  );
}

import { useState } from 'react';
import type { Precedent } from '../../../../electron/common/model';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { useNavigation } from '../shell/navigation';
import { WordDiff } from './WordDiff';

/**
 * One precedent: its instrument and citation, how much is the same, the word diff against the
 * draft, Copy citation and Open source (the reader at that passage, as a search result opens).
 */
export function PrecedentCard({ precedent }: { precedent: Precedent }) {
  const t = useT();
  const navigation = useNavigation();
  const [copied, setCopied] = useState(false);
  return (
    <article className="precedent-card" aria-label={precedent.citation}>
      <header className="precedent-card-header">
        <h3 className="precedent-title">{precedent.title}</h3>
        <span className="precedent-similarity">{t('precedents.similarity', { similarity: precedent.similarity })}</span>
      </header>
      <p className="precedent-citation">{precedent.citation}</p>
      <WordDiff changes={precedent.diff} />
      <div className="precedent-actions">
        <Button
          variant="quiet"
          onPress={() => void navigator.clipboard?.writeText(precedent.citation).then(() => setCopied(true))}
        >
          {copied ? t('precedents.copied') : t('precedents.copyCitation')}
        </Button>
        <Button
          variant="quiet"
          onPress={() => navigation.openInReader({ documentId: precedent.documentId, pageIndex: precedent.pageIndex, terms: [], passageId: precedent.passageId })}
        >
          {t('precedents.openSource')}
        </Button>
      </div>
    </article>
  );
}

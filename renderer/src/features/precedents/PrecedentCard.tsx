import { useState } from 'react';
import type { Precedent } from '../../../../electron/common/model';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { AddToPackButton } from '../packs/addToPack/AddToPackButton';
import { setPackItemDrag } from '../packs/addToPack/packItemDrag';
import { precedentRequest } from '../packs/addToPack/packItemRequests';
import { useNavigation } from '../shell/navigation';
import { WordDiff } from './WordDiff';

/**
 * One precedent: its instrument and citation, how much is the same, the word diff against the
 * draft, Copy citation, Open source (the reader at that passage, as a search result opens) and
 * Add to pack (about the draft's paragraph `draftLabel`, which chooses the section).
 */
export function PrecedentCard({ precedent, draftLabel = null }: { precedent: Precedent; draftLabel?: string | null }) {
  const t = useT();
  const navigation = useNavigation();
  const [copied, setCopied] = useState(false);
  const request = precedentRequest(precedent, draftLabel);
  return (
    <article className="precedent-card" aria-label={precedent.citation}>
      {/* Dragged by its title to the Packs screen, a precedent is added there as "Add to pack" adds it; its words stay selectable. */}
      <header className="precedent-card-header" draggable onDragStart={(event) => setPackItemDrag(event.dataTransfer, request.item, precedent.citation)}>
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
        <AddToPackButton request={request} showLabel />
      </div>
    </article>
  );
}

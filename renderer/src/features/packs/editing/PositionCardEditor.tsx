import { useQuery, useQueryClient } from '@tanstack/react-query';
import { History } from 'lucide-react';
import { useState } from 'react';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import {
  positionCardHeadings,
  positionCardStatuses,
  type PositionCard,
  type PositionCardHeading,
  type PositionCardInput,
  type PositionCardStatus,
} from '../../../../../electron/common/packs';
import type { RichText } from '../../../../../electron/common/richText';
import { useApi } from '../../../api/ApiContext';
import { queryKeys } from '../../../api/queryKeys';
import { useT } from '../../../i18n/useT';
import { CardStatusBadge } from './CardStatusBadge';
import { RichTextEditor } from './RichTextEditor';
import { SaveStatusLine } from './SaveStatusLine';
import { useAutosave, useRichTextAutosave } from './useRichTextAutosave';

/** Fallbacks are written in order of preference: a new card offers a numbered list to type into. */
const seededFallbacks: RichText = { type: 'doc', content: [{ type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }] };

interface CardPlace {
  revisionDocumentId: number;
  articleLabel: string;
}

/**
 * Our card on an article of a revision: its status (instructed, awaiting instructions,
 * flexible) as a badge and a choice, then the nine headings of a written brief in their order,
 * each a rich text field saved at every change through positions.saveCard (fields merge, so
 * each heading saves alone). A card carried from an earlier revision says so; the first edit
 * writes this revision's own card. With no card yet (null) the headings are empty, ready to
 * type: the first save makes the card.
 */
export function PositionCardEditor({ revisionDocumentId, articleLabel, card }: { revisionDocumentId: number; articleLabel: string; card: PositionCard | null }) {
  return <CardBody key={`${revisionDocumentId}\u0000${articleLabel}`} revisionDocumentId={revisionDocumentId} articleLabel={articleLabel} card={card} />;
}

function CardBody({ revisionDocumentId, articleLabel, card }: CardPlace & { card: PositionCard | null }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<PositionCardStatus>(card?.status ?? 'awaiting-instructions');
  const [carriedFrom, setCarriedFrom] = useState(card?.carriedFromDocumentId ?? null);
  // Whether this revision has a card of its own yet: the first save makes one, and the matrix's statuses change with it.
  const [own, setOwn] = useState(card !== null && card.carriedFromDocumentId === null);
  const families = useQuery({ queryKey: queryKeys.draftFamilies(), queryFn: () => api.revisions.listFamilies({}), enabled: carriedFrom !== null });
  const carriedRevision = families.data?.flatMap((family) => family.revisions).find((revision) => revision.documentId === carriedFrom);

  const save = (patch: Partial<PositionCardInput>) => api.positions.saveCard({ revisionDocumentId, articleLabel, card: patch });
  const onSaved = (reply: PositionCard, statusChanged: boolean) => {
    if (!own) {
      // Marked stale once, not replaced at each save: a new card in the cache at every keystroke would re-render
      // whoever shows it (the matrix's dialog) while the person types. The editor keeps its own text; a later
      // opening reads the card afresh, and so does a pack.
      void queryClient.invalidateQueries({ queryKey: queryKeys.positionCard(revisionDocumentId, articleLabel), refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: queryKeys.packs(), refetchType: 'none' });
    }
    // The matrix shows the card's status: it changes with the first save (a card of this revision's own) or a new status.
    if (!own || statusChanged) void queryClient.invalidateQueries({ queryKey: queryKeys.cardStatuses(revisionDocumentId) });
    setCarriedFrom(reply.carriedFromDocumentId);
    setOwn(true);
  };
  const statusSaver = useAutosave((next: PositionCardStatus) => save({ status: next }), (_next, reply: PositionCard) => onSaved(reply, true));

  return (
    <div className="position-card">
      <div className="position-card-status">
        <CardStatusBadge status={status} />
        <ToggleButtonGroup
          aria-label={t('positionCard.statusChoice')}
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[status]}
          onSelectionChange={(keys) => {
            const [next] = keys;
            if (!next || next === status) return;
            setStatus(next as PositionCardStatus);
            statusSaver.change(next as PositionCardStatus);
          }}
          className="segmented"
        >
          {positionCardStatuses.map((each) => (
            <ToggleButton key={each} id={each} className="segment">
              {t(`positionCard.status.${each}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <SaveStatusLine saver={statusSaver} />
      </div>
      {carriedFrom !== null && (
        <p className="notice position-card-carried">
          <History aria-hidden size={14} />
          {t('positionCard.carried', { revision: carriedRevision?.revisionLabel ?? carriedRevision?.symbol ?? '…' })}
        </p>
      )}
      {positionCardHeadings.map((heading) => (
        <CardField key={heading} heading={heading} initialValue={card?.fields[heading] ?? (heading === 'fallbacks' ? seededFallbacks : null)} save={save} onSaved={(reply) => onSaved(reply, false)} />
      ))}
    </div>
  );
}

function CardField({
  heading,
  initialValue,
  save,
  onSaved,
}: {
  heading: PositionCardHeading;
  initialValue: RichText | null;
  save: (patch: Partial<PositionCardInput>) => Promise<PositionCard>;
  onSaved: (reply: PositionCard) => void;
}) {
  const t = useT();
  const saver = useRichTextAutosave((doc) => save({ fields: { [heading]: doc } }), (_doc, reply) => onSaved(reply));
  const label = t(`positionCard.heading.${heading}`);
  return (
    <section className="position-card-field" aria-label={label}>
      <h3 className="position-card-heading">{label}</h3>
      <RichTextEditor label={label} initialValue={initialValue} onChange={(doc) => saver.change(doc)} onBlur={() => void saver.flush()} status={<SaveStatusLine saver={saver} />} />
    </section>
  );
}

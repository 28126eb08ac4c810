import { ExternalLink, FileText, GitCompareArrows, GripVertical, Highlighter, MessagesSquare, Scale, StickyNote, TextQuote, Trash2, type LucideIcon } from 'lucide-react';
import { Button as AriaButton } from 'react-aria-components';
import type { PackItem, PackItemKind } from '../../../../electron/common/packs';
import { Button } from '../../components/Button';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../i18n/useT';
import { RedlineText } from '../revisions/RedlineText';
import { ItemNoteEditor } from './editing/ItemNoteEditor';
import { NewerSourceNotice } from './NewerSourceNotice';
import { useOpenSource } from './useOpenSource';

const kindIcons: Record<PackItemKind, LucideIcon> = {
  passage: TextQuote,
  article: FileText,
  annotation: Highlighter,
  position: MessagesSquare,
  precedent: Scale,
  comparison: GitCompareArrows,
  note: StickyNote,
};

/** One clip of a section: what it is, its words (in their own language and direction), its citation, the source, the delegate's note. */
export function PackItemRow({ item, onDelete }: { item: PackItem; onDelete: () => void }) {
  const t = useT();
  const openSource = useOpenSource();
  const Icon = kindIcons[item.kind];
  const kind = t(`packs.itemKind.${item.kind}`);
  return (
    <div className="pack-item">
      <AriaButton slot="drag" className="drag-handle" aria-label={t('packs.dragItem', { citation: item.citation || kind })}>
        <GripVertical aria-hidden size={14} />
      </AriaButton>
      <Icon className="pack-item-kind" role="img" aria-label={kind} size={16} />
      <div className="pack-item-body">
        {item.position ? (
          // A position reads as in the positions section: who, which stance, on what, what.
          <div className="pack-position">
            <strong>{t('packs.positionItem.heading', { speaker: item.position.speakerName, stance: t(`positions.stance.${item.position.stance}`), article: item.position.targetLabel })}</strong>
            {item.position.summary && <p dir="auto">{item.position.summary}</p>}
            {item.position.proposedWording && (
              <p dir="auto" className="pack-wording">
                <span className="hint">{t('packs.positions.wording')} </span>
                {item.position.proposedWording}
              </p>
            )}
            {item.position.quote && (
              <blockquote className="pack-quote" lang={item.language ?? undefined} dir="auto">
                {item.position.quote}
              </blockquote>
            )}
          </div>
        ) : item.redline ? (
          <div className="redline redline-inline" dir="auto">
            <RedlineText segments={item.redline} />
          </div>
        ) : (
          item.quote && (
            <blockquote className="pack-quote" lang={item.language ?? undefined} dir="auto">
              {item.quote}
            </blockquote>
          )
        )}
        <div className="pack-citation-row">
          <cite className="hint">{item.citation}</cite>
          {item.source.documentId !== null && (
            <Button variant="quiet" onPress={() => openSource(item.source.documentId!, item.source.pageIndex)}>
              <ExternalLink aria-hidden size={14} />
              {t('packs.openSource')}
            </Button>
          )}
          <span className="toolbar-spacer" />
          <IconButton icon={Trash2} label={t('packs.item.delete')} onPress={onDelete} />
        </div>
        {item.newerSource && <NewerSourceNotice newer={item.newerSource} />}
        <ItemNoteEditor item={item} />
      </div>
    </div>
  );
}

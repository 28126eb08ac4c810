import { X } from 'lucide-react';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { Group, Panel, Separator, usePanelRef } from 'react-resizable-panels';
import { draftParagraphs } from '../../../../electron/common/draftParagraphs';
import { useCommand } from '../../commands/CommandRegistry';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../i18n/useT';
import { usePassages } from '../reader/usePassages';
import { DraftPrecedentsView } from './DraftPrecedentsView';
import { ParagraphPrecedentsView } from './ParagraphPrecedentsView';
import { requestFromSelection, type PrecedentRequest } from './readerSelection';
import { useDraftPrecedents } from './usePrecedents';
import './precedents.css';

type Mode = 'paragraph' | 'draft';

/** Width the panel opens at, in pixels. */
const openWidth = 420;

/**
 * A draft in the reader with its precedents beside it, in a panel that opens on Find precedents
 * (reader.findPrecedents: the selection, else the paragraph at the caret) or Precedents for
 * every article (reader.precedentsForDraft: the whole draft, with progress), and resizes by
 * dragging. Closed, the panel takes no room and renders nothing. The commands are enabled for
 * a draft with paragraphs only (`enabled`: the document is a draft).
 */
export function PrecedentsBeside({ documentId, enabled, children }: { documentId: number; enabled: boolean; children: ReactNode }) {
  const t = useT();
  const panelRef = usePanelRef();
  const panelElement = useRef<HTMLDivElement | null>(null);
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<Mode>('paragraph');
  const [request, setRequest] = useState<PrecedentRequest>();
  const passages = usePassages(documentId);
  const usable = enabled && passages !== undefined;
  const paragraphs = useMemo(() => (passages ? draftParagraphs(passages) : []), [passages]);
  const draft = useDraftPrecedents(documentId);

  const show = (next: Mode) => {
    setMode(next);
    const panel = panelRef.current;
    if (panel?.isCollapsed()) panel.resize(openWidth);
    setOpen(true);
  };
  useCommand(
    'reader.findPrecedents',
    () => {
      setRequest(requestFromSelection(paragraphs, panelElement.current));
      show('paragraph');
    },
    usable && paragraphs.length > 0,
  );
  useCommand(
    'reader.precedentsForDraft',
    () => {
      show('draft');
      if (!draft.run || draft.run.state !== 'running') draft.start();
    },
    usable && paragraphs.length > 0,
  );

  const panel = (
    <aside className="precedents-panel" aria-labelledby="precedents-title">
      <header className="precedents-header">
        <h2 id="precedents-title">{t('precedents.title')}</h2>
        <ToggleButtonGroup
          aria-label={t('precedents.scope')}
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[mode]}
          onSelectionChange={(keys) => {
            const [next] = keys;
            if (next) setMode(next as Mode);
          }}
          className="segmented"
        >
          <ToggleButton id="paragraph" className="segment">{t('precedents.scopeParagraph')}</ToggleButton>
          <ToggleButton id="draft" className="segment">{t('precedents.scopeDraft')}</ToggleButton>
        </ToggleButtonGroup>
        <span className="toolbar-spacer" />
        <IconButton icon={X} label={t('precedents.close')} onPress={() => panelRef.current?.collapse()} />
      </header>
      <div className="precedents-body">
        {mode === 'paragraph' ? (
          <ParagraphPrecedentsView paragraphs={paragraphs} request={request ?? (paragraphs[0] && { kind: 'paragraph', passageId: paragraphs[0].id })} onRequest={setRequest} />
        ) : (
          <DraftPrecedentsView
            draft={draft}
            onShowParagraph={(passageId) => {
              setRequest({ kind: 'paragraph', passageId });
              setMode('paragraph');
            }}
          />
        )}
      </div>
    </aside>
  );
  return (
    <Group className="precedents-beside" orientation="horizontal">
      <Panel id="draft" minSize={360} className="precedents-beside-draft">
        {children}
      </Panel>
      {/* Only a draft has the panel: another document gets no handle to drag for nothing. */}
      {enabled && (
        <>
          <Separator className="panel-separator" aria-label={t('precedents.resize')} />
          <Panel
            id="precedents"
            panelRef={panelRef}
            elementRef={panelElement}
            collapsible
            collapsedSize={0}
            defaultSize={0}
            minSize={300}
            maxSize="60%"
            groupResizeBehavior="preserve-pixel-size"
            onResize={(size) => setOpen(size.inPixels > 0)}
          >
            {open && panel}
          </Panel>
        </>
      )}
    </Group>
  );
}

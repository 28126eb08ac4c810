import { Separator, Toolbar } from 'react-aria-components';
import { useIntl } from 'react-intl';
import type { AnnotationColour, DocumentPassage } from '../../../../electron/common/model';
import { CommandButton } from '../../commands/CommandButton';
import { useT } from '../../i18n/useT';
import type { ReaderTool, ReaderView } from '../../reader/PdfReader';
import type { ReaderZoom } from '../../reader/zoom';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { colourChoices } from './colourChoices';
import { GoToArticleBox } from './GoToArticleBox';
import { PageBox } from './PageBox';

/**
 * The PDF reader's toolbar, as in Acrobat: panels, tools, the colour for new marks, zoom,
 * find, the page box, the go-to-article box. Each button is a command, so its tooltip, shortcut, menu item and
 * palette entry agree.
 */
export function PdfToolbar({
  tool,
  zoom,
  view,
  navigationOpen,
  annotationsOpen,
  colours,
  activeColour,
  onColour,
  onGoToPage,
  passages,
  onGoToPassage,
}: {
  tool: ReaderTool;
  zoom: ReaderZoom;
  view: ReaderView;
  navigationOpen: boolean;
  annotationsOpen: boolean;
  colours: AnnotationColour[];
  activeColour: string;
  onColour: (key: string) => void;
  onGoToPage: (pageIndex: number) => void;
  passages: DocumentPassage[] | undefined;
  onGoToPassage: (passage: DocumentPassage) => void;
}) {
  const t = useT();
  const intl = useIntl();
  return (
    <div className="reader-toolbar">
      <Toolbar aria-label={t('reader.tools')} className="toolbar">
        <CommandButton id="reader.toggleNavigation" isSelected={navigationOpen} />
        <Separator orientation="vertical" className="toolbar-separator" />
        <CommandButton id="reader.toolSelect" isSelected={tool === 'text'} />
        <CommandButton id="reader.highlight" />
        <CommandButton id="reader.underline" />
        <CommandButton id="reader.strikeout" />
        <CommandButton id="reader.recordPosition" />
        <CommandButton id="pack.addToPack" />
        <CommandButton id="reader.toolNote" isSelected={tool === 'note'} />
        <CommandButton id="reader.toolComment" isSelected={tool === 'comment'} />
        <CommandButton id="reader.toolArea" isSelected={tool === 'area'} />
        <ChoiceSelect width="fit" label={t('reader.colourForNewMarks')} choices={colourChoices(colours)} value={activeColour} onChange={onColour} />
        <Separator orientation="vertical" className="toolbar-separator" />
        <CommandButton id="reader.zoomOut" />
        <output className="zoom-level" aria-label={t('reader.zoomLevel')}>
          {intl.formatNumber(view.scale, { style: 'percent', maximumFractionDigits: 0 })}
        </output>
        <CommandButton id="reader.zoomIn" />
        <CommandButton id="reader.fitWidth" isSelected={zoom === 'fit-width'} />
        <CommandButton id="reader.fitPage" isSelected={zoom === 'fit-page'} />
        <Separator orientation="vertical" className="toolbar-separator" />
        <CommandButton id="reader.find" />
      </Toolbar>
      <PageBox currentPage={view.currentPage} pageCount={view.pageCount} onGoTo={onGoToPage} />
      <GoToArticleBox passages={passages} onGoTo={onGoToPassage} />
      <span className="toolbar-spacer" />
      <CommandButton id="reader.toggleComments" isSelected={annotationsOpen} />
    </div>
  );
}

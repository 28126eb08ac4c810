import { ArrowLeft, Download, ListPlus, Presentation, Redo2, Undo2 } from 'lucide-react';
import { Button } from '../../components/Button';
import { IconButton } from '../../components/IconButton';
import { ScreenToolbar } from '../../components/ScreenToolbar';
import { useT } from '../../i18n/useT';
import { shortcutOf } from '../reader/readerCommands';
import type { StructureHistoryHandle } from './useStructureHistory';

/**
 * The open pack's toolbar: back to the packs, Undo and Redo of its structure, Add section…,
 * Export… and In the room. Export and the room view come with their own changes: until a
 * handler is given, their buttons are disabled and say so.
 */
export function PackToolbar({
  title,
  history,
  onBack,
  onAddSection,
  onExport,
  onEnterRoom,
}: {
  title: string;
  history: StructureHistoryHandle;
  onBack: () => void;
  onAddSection: () => void;
  onExport?: () => void;
  onEnterRoom: () => void;
}) {
  const t = useT();
  const { undo, redo } = history;
  return (
    <ScreenToolbar title={t('screen.packs.title')}>
      <IconButton icon={ArrowLeft} label={t('packs.back')} onPress={onBack} />
      <span className="pack-toolbar-title">{title}</span>
      <span className="toolbar-spacer" />
      <IconButton icon={Undo2} label={undo.action ? t(`packs.undoStep.${undo.action}`) : t('command.annotations.undo')} shortcut={shortcutOf('annotations.undo')} isDisabled={!undo.enabled} onPress={undo.run} />
      <IconButton icon={Redo2} label={redo.action ? t(`packs.redoStep.${redo.action}`) : t('command.annotations.redo')} shortcut={shortcutOf('annotations.redo')} isDisabled={!redo.enabled} onPress={redo.run} />
      <IconButton icon={ListPlus} label={t('command.packs.addSection')} showLabel onPress={onAddSection} />
      <Button onPress={onExport} isDisabled={!onExport} aria-describedby={onExport ? undefined : 'pack-export-later'}>
        <Download aria-hidden size={14} />
        {t('packs.export')}
      </Button>
      <Button onPress={onEnterRoom}>
        <Presentation aria-hidden size={14} />
        {t('packs.room')}
      </Button>
      {!onExport && (
        <span id="pack-export-later" className="hint">
          {t('packs.exportLater')}
        </span>
      )}
    </ScreenToolbar>
  );
}

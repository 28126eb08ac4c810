import { FilePlus, FolderPlus } from 'lucide-react';
import { useRef, type ReactNode } from 'react';
import { FileTrigger, Tooltip, TooltipTrigger } from 'react-aria-components';
import { commandDeclarations, type CommandId } from '../../../../electron/common/commands';
import { documentKinds, type DocumentKind } from '../../../../electron/common/model';
import type { MessageId } from '../../../../electron/common/i18n/messages';
import { useCommand } from '../../commands/CommandRegistry';
import { formatShortcut } from '../../commands/shortcuts';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { importableFiles } from './droppedFiles';
import './import.css';

const detect = 'detect';
const kindChoices: Record<DocumentKind, MessageId> = {
  draft: 'library.collection.drafts',
  instrument: 'library.collection.instruments',
  statement: 'library.collection.statements',
};
const acceptedTypes = ['.pdf', '.docx', '.txt', '.md', '.markdown'];

/**
 * "Import files…" (the screen's one primary action), "Import folder…" and the kind to file
 * them under. The file pickers live here, so the commands (Ctrl+O, Ctrl+Shift+O, the File
 * menu, the palette) open them too.
 */
export function ImportControls({
  disabled,
  kind,
  onKindChange,
  onFiles,
  className,
}: {
  disabled: boolean;
  kind: DocumentKind | null;
  onKindChange: (kind: DocumentKind | null) => void;
  onFiles: (files: File[]) => void;
  className?: string;
}) {
  const t = useT();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  useCommand('library.importFiles', () => choose(filesInput.current), !disabled);
  useCommand('library.importFolder', () => choose(folderInput.current), !disabled);
  const pick = (files: FileList | null) => {
    const { files: kept } = importableFiles(Array.from(files ?? []));
    if (kept.length > 0) onFiles(kept);
  };
  return (
    <div className={`import-controls${className ? ` ${className}` : ''}`}>
      <WithShortcut command="library.importFiles">
        <FileTrigger ref={filesInput} allowsMultiple acceptedFileTypes={acceptedTypes} onSelect={pick}>
          <Button variant="primary" isDisabled={disabled}>
            <FilePlus aria-hidden size={16} />
            {t('command.library.importFiles')}
          </Button>
        </FileTrigger>
      </WithShortcut>
      <WithShortcut command="library.importFolder">
        <FileTrigger ref={folderInput} acceptDirectory onSelect={pick}>
          <Button isDisabled={disabled}>
            <FolderPlus aria-hidden size={16} />
            {t('command.library.importFolder')}
          </Button>
        </FileTrigger>
      </WithShortcut>
      <ChoiceSelect
        label={t('import.as')}
        labelShown="beside"
        value={kind ?? detect}
        choices={[{ id: detect, label: t('import.as.detect') }, ...documentKinds.map((value) => ({ id: value, label: t(kindChoices[value]) }))]}
        onChange={(id) => onKindChange(id === detect ? null : (id as DocumentKind))}
      />
    </div>
  );
}

/** Opens a file picker from a command, as its button does. */
function choose(input: HTMLInputElement | null) {
  if (!input) return;
  input.value = ''; // the same file picked again is a new choice
  input.click();
}

/** The command's shortcut in a tooltip over its button, as IconButton shows it. */
function WithShortcut({ command, children }: { command: CommandId; children: ReactNode }) {
  const declaration = commandDeclarations.find((candidate) => candidate.id === command);
  const shortcut = declaration && 'shortcut' in declaration ? declaration.shortcut : undefined;
  if (!shortcut) return children;
  return (
    <TooltipTrigger delay={500} closeDelay={0}>
      {children}
      <Tooltip className="tooltip" offset={6}>
        <kbd className="tooltip-shortcut">{formatShortcut(shortcut)}</kbd>
      </Tooltip>
    </TooltipTrigger>
  );
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { Bold, Italic, Link2, List, ListOrdered } from 'lucide-react';
import { useContext, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Toolbar } from 'react-aria-components';
import { emptyRichText, sourceOfHref, type RichText } from '../../../../../electron/common/richText';
import { IconButton } from '../../../components/IconButton';
import { useT } from '../../../i18n/useT';
import { NavigationContext } from '../../shell/navigation';
import { LinkDialog } from './LinkDialog';
import { richTextExtensions } from './richTextExtensions';
import './editing.css';

export interface RichTextEditorProps {
  /** The field's accessible name (the heading or label it sits under). */
  label: string;
  /** What the field holds when it mounts; later changes of this prop are ignored (the editor owns its text while it is shown). */
  initialValue: RichText | null;
  /** Each change, as ProseMirror's immutable document (read it with toRichText(doc.toJSON()) when it is sent). */
  onChange: (doc: ProseMirrorNode) => void;
  /** The field lost focus: a moment to send what is pending. */
  onBlur?: () => void;
  /** Beside the toolbar: the field's save status. */
  status?: ReactNode;
  /** A note's editor: one line high until typed into. */
  compact?: boolean;
  autoFocus?: boolean;
}

/**
 * A rich text field (Tiptap over ProseMirror) with a small toolbar: bold (Ctrl+B), italics
 * (Ctrl+I), bulleted and numbered lists, and a link to a web page or to a page of a library
 * source (Ctrl+K, as in Word; Ctrl+click opens a source's page in the reader). Undo and redo
 * are the editor's own history (Ctrl+Z, Ctrl+Shift+Z): the editor handles those keys first and
 * marks them handled, so the app's shortcuts (CommandRegistry) leave them alone. The text stays
 * local: typing re-renders neither this component nor its parent.
 */
export function RichTextEditor({ label, initialValue, onChange, onBlur, status, compact, autoFocus }: RichTextEditorProps) {
  const t = useT();
  const [linking, setLinking] = useState(false);
  // The editor is made once; its callbacks read the newest props through this.
  // Outside the app shell (a test) there is no navigation: a source link then only places the caret.
  const navigation = useContext(NavigationContext);
  const handlers = useRef({ onChange, onBlur, navigation });
  useLayoutEffect(() => {
    handlers.current = { onChange, onBlur, navigation };
  });
  // Options that keep their identity across renders: a changed option makes Tiptap reconfigure the view (setOptions) at that render.
  const [content] = useState(() => initialValue ?? emptyRichText());
  const editorProps = useMemo(
    () => ({
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        class: `rich-text-content${compact ? ' rich-text-compact' : ''}`,
      },
      handleKeyDown: (_view: unknown, event: KeyboardEvent) => {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyK') {
          setLinking(true);
          return true;
        }
        return false;
      },
      // Ctrl+click (Cmd+click) on a link to a library source opens it in the reader at its page, as Word follows a hyperlink.
      handleClick: (view: EditorView, position: number, event: MouseEvent) => {
        if (!(event.ctrlKey || event.metaKey)) return false;
        const link = view.state.doc.resolve(position).marks().find((mark) => mark.type.name === 'link');
        const source = link ? sourceOfHref(String(link.attrs.href)) : null;
        if (!source || !handlers.current.navigation) return false;
        handlers.current.navigation.openInReader({ documentId: source.documentId, pageIndex: source.pageNumber - 1, terms: [] });
        return true;
      },
    }),
    [label, compact],
  );
  const editor = useEditor({
    extensions: richTextExtensions,
    content,
    // The CSP allows no inline <style>; editing.css carries what ProseMirror needs.
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    autofocus: autoFocus ? 'end' : false,
    editorProps,
    onUpdate: ({ editor: changed }) => handlers.current.onChange(changed.state.doc),
    onBlur: () => handlers.current.onBlur?.(),
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      link: current.isActive('link'),
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <div className="rich-text-editor">
      <div className="rich-text-bar">
        <Toolbar aria-label={t('richText.toolbar', { field: label })} className="rich-text-toolbar">
          <IconButton icon={Bold} label={t('richText.bold')} shortcut="CmdOrCtrl+B" isSelected={active.bold} onPress={() => chain().toggleBold().run()} />
          <IconButton icon={Italic} label={t('richText.italic')} shortcut="CmdOrCtrl+I" isSelected={active.italic} onPress={() => chain().toggleItalic().run()} />
          <IconButton icon={List} label={t('richText.bulletList')} isSelected={active.bulletList} onPress={() => chain().toggleBulletList().run()} />
          <IconButton icon={ListOrdered} label={t('richText.orderedList')} isSelected={active.orderedList} onPress={() => chain().toggleOrderedList().run()} />
          <IconButton icon={Link2} label={t('richText.link')} shortcut="CmdOrCtrl+K" isSelected={active.link} onPress={() => setLinking(true)} />
        </Toolbar>
        {status}
      </div>
      <EditorContent editor={editor} />
      {linking && <LinkDialog editor={editor} onClose={() => setLinking(false)} />}
    </div>
  );
}

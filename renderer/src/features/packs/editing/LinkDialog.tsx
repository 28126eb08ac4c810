import { useQuery } from '@tanstack/react-query';
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { Form, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components';
import { isAllowedHref, sourceHref, sourceOfHref } from '../../../../../electron/common/richText';
import { useApi } from '../../../api/ApiContext';
import { queryKeys } from '../../../api/queryKeys';
import { AppDialog } from '../../../components/AppDialog';
import { Button } from '../../../components/Button';
import { ChoiceSelect } from '../../../components/ChoiceSelect';
import { useT } from '../../../i18n/useT';

type LinkKind = 'web' | 'source';

/** "example.org/x" is read as https://example.org/x; an address with its scheme is kept as typed. */
function webHref(typed: string): string {
  const trimmed = typed.trim();
  return /^[a-z][a-z0-9+.-]*:/iu.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/**
 * Makes the selected words a link, to a web page or to a page of a document in the library
 * (briefing://document/ID?page=N, which exports cite and the reader opens). With nothing
 * selected, the link's own words are inserted: the address, or the document's symbol or title
 * and page. On a link already, offers to remove it.
 */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const current = editor.getAttributes('link').href as string | undefined;
  const currentSource = current ? sourceOfHref(current) : null;
  const [kind, setKind] = useState<LinkKind>(currentSource ? 'source' : 'web');
  const [address, setAddress] = useState(current && !currentSource ? current : '');
  const [documentId, setDocumentId] = useState(currentSource ? String(currentSource.documentId) : '');
  const [page, setPage] = useState(String(currentSource?.pageNumber ?? 1));
  const [invalid, setInvalid] = useState(false);
  const documents = useQuery({ queryKey: queryKeys.documents({}), queryFn: () => api.library.listDocuments({}), enabled: kind === 'source' });
  const chosen = documents.data?.find((document) => String(document.id) === documentId);

  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = () => {
    const pageNumber = Math.min(Math.max(1, Math.round(Number(page) || 1)), chosen?.pageCount || 1);
    const href = kind === 'web' ? webHref(address) : chosen ? sourceHref(chosen.id, pageNumber) : '';
    if (!isAllowedHref(href) || (kind === 'web' && !address.trim())) {
      setInvalid(true);
      return;
    }
    const words = kind === 'web' ? address.trim() : t('richText.linkSourceWords', { document: chosen!.symbol ?? chosen!.title, page: pageNumber });
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !current) chain.insertContent({ type: 'text', text: words, marks: [{ type: 'link', attrs: { href } }] }).run();
    else chain.setLink({ href }).run();
    onClose();
  };

  return (
    <AppDialog title={t('richText.linkTitle')} closeLabel={t('richText.linkCancel')} isOpen onClose={close}>
      <Form
        className="link-form"
        // Our own message says what is wrong; the browser's native check would block the next try.
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <RadioGroup className="field radio-group" value={kind} onChange={(value) => setKind(value as LinkKind)} orientation="horizontal">
          <Label>{t('richText.linkTo')}</Label>
          <div className="radio-row">
            <Radio value="web" className="radio">
              {t('richText.linkWeb')}
            </Radio>
            <Radio value="source" className="radio">
              {t('richText.linkSource')}
            </Radio>
          </div>
        </RadioGroup>
        {kind === 'web' ? (
          <TextField
            className="field"
            value={address}
            onChange={(value) => {
              setAddress(value);
              setInvalid(false);
            }}
            autoFocus
            isInvalid={invalid}
          >
            <Label>{t('richText.linkAddress')}</Label>
            <Input className="input link-address" placeholder="https://" />
          </TextField>
        ) : (
          <div className="link-source-fields">
            <ChoiceSelect
              label={t('richText.linkDocument')}
              labelShown="above"
              width="wide"
              value={documentId}
              onChange={(id) => {
                setDocumentId(id);
                setInvalid(false);
              }}
              choices={(documents.data ?? []).map((document) => ({ id: String(document.id), label: document.symbol ? `${document.title} (${document.symbol})` : document.title }))}
            />
            <TextField className="field" value={page} onChange={setPage} inputMode="numeric">
              <Label>{t('richText.linkPage')}</Label>
              <Input className="input link-page" />
            </TextField>
          </div>
        )}
        {invalid && (
          <p className="field-error" role="alert">
            {t(kind === 'web' ? 'richText.linkInvalid' : 'richText.linkChooseDocument')}
          </p>
        )}
        <div className="dialog-actions">
          {current && (
            <Button
              variant="quiet"
              onPress={() => {
                editor.chain().focus().extendMarkRange('link').unsetLink().run();
                onClose();
              }}
            >
              {t('richText.linkRemove')}
            </Button>
          )}
          <span className="toolbar-spacer" />
          <Button variant="secondary" onPress={close}>
            {t('richText.linkCancel')}
          </Button>
          <Button variant="primary" type="submit">
            {t('richText.linkApply')}
          </Button>
        </div>
      </Form>
    </AppDialog>
  );
}

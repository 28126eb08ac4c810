import { useState } from 'react';
import { Form, Input, Label, TextField } from 'react-aria-components';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';

/** Asks for the password of one encrypted PDF of the batch, and tries it again. */
export function PasswordPrompt({ name, onSubmit }: { name: string; onSubmit: (password: string) => void }) {
  const t = useT();
  const [password, setPassword] = useState('');
  return (
    <Form
      className="password-prompt"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(password);
        setPassword('');
      }}
    >
      <TextField className="field field-inline" type="password" value={password} onChange={setPassword} autoComplete="off">
        <Label>{t('import.password.label', { name })}</Label>
        <Input className="input" />
      </TextField>
      <Button type="submit" isDisabled={password.length === 0}>
        {t('import.password.open')}
      </Button>
    </Form>
  );
}

import { useState, type RefObject } from 'react';
import { Form, Input, Text, TextField } from 'react-aria-components';

/** What the box says after Enter: a problem (the article is not there) or a remark (gone to the nearest paragraph). */
export interface GoToMessage {
  text: string;
  problem: boolean;
}

/**
 * A go-to box: what a delegate types ("7(1)(h)", "art. 6", "DA 6") and, on Enter, `go` with
 * the text, which goes there and returns what to say, if anything. The message hangs below the
 * box, over what is beneath, so the toolbar does not move; typing clears it. With `onEscape`,
 * the box claims Escape (preventDefault, so a screen's own Escape does not act): the first
 * clears the words and the message, the next calls `onEscape` (give the focus back to the page).
 */
export function GoToBox({
  label,
  placeholder,
  inputRef,
  go,
  onEscape,
}: {
  label: string;
  placeholder: string;
  inputRef: RefObject<HTMLInputElement | null>;
  go: (text: string) => GoToMessage | undefined;
  onEscape?: () => void;
}) {
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<GoToMessage>();
  return (
    <Form
      className="goto-box"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim() !== '') setMessage(go(value));
      }}
    >
      <TextField
        aria-label={label}
        value={value}
        onChange={(next) => {
          setValue(next);
          setMessage(undefined);
        }}
        isInvalid={message?.problem === true}
        validationBehavior="aria"
      >
        <Input
          ref={inputRef}
          className="input goto-input"
          placeholder={placeholder}
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || !onEscape) return;
            event.preventDefault();
            if (value !== '' || message) {
              setValue('');
              setMessage(undefined);
            } else onEscape();
          }}
        />
        {message && (
          <Text slot={message.problem ? 'errorMessage' : 'description'} className={message.problem ? 'goto-message goto-problem' : 'goto-message'} role={message.problem ? 'alert' : 'status'}>
            {message.text}
          </Text>
        )}
      </TextField>
    </Form>
  );
}

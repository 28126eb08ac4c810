import { useState } from 'react';
import { Input, TextArea, TextField } from 'react-aria-components';

/**
 * A text field saved when it loses the focus. A new value from elsewhere (undo, a reload)
 * replaces what is shown, except while the user is typing in it.
 */
export function SavedOnBlur({
  label,
  value,
  placeholder,
  multiline,
  autoFocus,
  className,
  onSave,
}: {
  label: string;
  value: string;
  placeholder: string;
  multiline?: boolean;
  autoFocus?: boolean;
  className?: string;
  onSave: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue && !editing) {
    setShownValue(value);
    setDraft(value);
  }
  return (
    <TextField
      aria-label={label}
      value={draft}
      autoFocus={autoFocus}
      onChange={setDraft}
      onFocus={() => setEditing(true)}
      onBlur={() => {
        setEditing(false);
        if (draft !== value) onSave(draft);
      }}
      className={`saved-field${className ? ` ${className}` : ''}`}
    >
      {multiline ? <TextArea className="input" placeholder={placeholder} /> : <Input className="input" placeholder={placeholder} />}
    </TextField>
  );
}

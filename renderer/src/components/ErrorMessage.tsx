/** A failure, in the words the service chose for the person reading it. */
export function ErrorMessage({ title, error }: { title: string; error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="error-message" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
    </div>
  );
}

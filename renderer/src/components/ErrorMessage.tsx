/**
 * A failure: what failed, as a title in the interface language (the caller passes `t(…)`), then
 * the service's own message (AppError.message, written in English for the person reading it).
 */
export function ErrorMessage({ title, error }: { title: string; error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="error-message" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
    </div>
  );
}

import { Label, ProgressBar } from 'react-aria-components';

/** Long work's progress: what is being done, "3 of 7", and a bar (an ARIA progressbar). */
export function ProgressLine({ label, value, total, valueText }: { label: string; value: number; total: number; valueText: string }) {
  return (
    <ProgressBar className="index-progress" value={value} maxValue={Math.max(total, 1)} valueLabel={valueText}>
      {({ percentage, valueText: shown }) => (
        <>
          <div className="index-progress-text">
            <Label>{label}</Label>
            <span className="hint">{shown}</span>
          </div>
          <div className="index-progress-track">
            {/* The only style set at run time: the bar's width (CSSOM, allowed by the CSP). */}
            <div className="index-progress-fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}

import type { DecodedToken } from '../../core';
import { FORMAT_WORDS, SUMMARY, summaryChips } from '../../ui/look';

/** One line: what kind of token this is and which algorithms it names. */
export function TokenSummary({ decoded }: { decoded: DecodedToken }) {
  return (
    <p className={SUMMARY.line} data-format={decoded.format}>
      <span className={SUMMARY.format}>{decoded.isUnsecured ? SUMMARY.unsecured : FORMAT_WORDS[decoded.format]}</span>
      {summaryChips(decoded.header).map(({ label, value }) => (
        <span key={label} className={SUMMARY.chip} title={value}>
          <span className={SUMMARY.chipLabel}>{label}</span> {value}
        </span>
      ))}
    </p>
  );
}

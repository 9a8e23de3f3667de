/**
 * The report's editorial component: source, channel, reportedAt, dateline and
 * credits, with warnings for what is missing or doubtful.
 *
 * The source is the header's 来源, else one named below it (a footer), else
 * the outlet of a `channel·outlet…讯` dateline.
 */
import type { ParsedCredit } from '../editorial/credit-line';
import { isValidCreditName } from '../editorial/credit-name';
import type { Editorial } from '../editorial/types';
import type { Content } from './content';
import { channelOf, sourceOfDateline } from './dateline';
import type { ReportHeader } from './header';
import type { ParseWarning } from '../../../shared/parsed-report';
import type { ReportTime } from './report-time';

function dedupeCredits(credits: ReadonlyArray<ParsedCredit>): ParsedCredit[] {
  const seen = new Set<string>();
  return credits.filter((credit) => {
    const key = `${credit.role}|${credit.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function buildEditorial(header: ReportHeader, content: Content, time: ReportTime, warnings: ParseWarning[]): Editorial {
  const credits = dedupeCredits(content.credits);
  if (credits.length === 0) warnings.push({ code: 'credits.missing', message: '未找到署名（记者、编辑、责任编辑）' });
  for (const credit of credits) {
    if (!isValidCreditName(credit.name)) warnings.push({ code: 'credits.invalid-name', message: `署名“${credit.name}”不像人名` });
  }
  const source = header.source ?? content.source ?? (content.dateline === undefined ? undefined : sourceOfDateline(content.dateline));
  if (source === undefined) {
    warnings.push(
      header.dateLine === undefined
        ? { code: 'editorial.source-missing', message: '未找到来源' }
        : { code: 'editorial.source-missing', message: '未找到来源', line: header.dateLine },
    );
  }
  const channel = content.dateline === undefined ? undefined : channelOf(content.dateline, source);
  return {
    ...(source !== undefined ? { source } : {}),
    ...(channel !== undefined ? { channel } : {}),
    ...(time.reportedAt !== undefined ? { reportedAt: time.reportedAt } : {}),
    ...(content.dateline !== undefined ? { dateline: content.dateline } : {}),
    ...(credits.length > 0 ? { credits: credits.map(({ role, name }) => ({ role, name })) } : {}),
  };
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import {
  REPORT_DOCUMENT_QUERY,
  reportToCsv,
  sendJson,
  today,
  type DocReport,
  type Logger,
  type RouteHandler,
} from '@malmokraften/shared';
import { callerHeaders, type GatewayContext } from './data-source';
import { reportWorkbook } from './report-workbook';

/** HTTP status for the codes a report request can be refused with. */
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

/**
 * Runs the report's document query through this gateway as any client
 * would, with the caller's own token, so the agencies decide access and
 * protect the figures exactly as for the GraphQL answer; the files only lay
 * the published figures out. Answers the error itself and returns null
 * when the report could not be made.
 */
async function fetchReport(
  apollo: ApolloServer<GatewayContext>,
  log: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  url: URL,
  file: string,
): Promise<DocReport | null> {
  if (req.method !== 'GET') {
    res.setHeader('allow', 'GET');
    sendJson(res, 405, { errors: [{ message: `Use GET /${file}?period=…`, extensions: { code: 'BAD_REQUEST' } }] });
    return null;
  }
  const period = url.searchParams.get('period');
  if (!period) {
    sendJson(res, 400, {
      errors: [
        { message: 'Say which period: ?period=2026, 2026-T1, 2026-03 or ALL.', extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });
    return null;
  }
  const contextValue: GatewayContext = { requestId, ...callerHeaders(req) };
  const response = await apollo.executeOperation<{ programmeReport: DocReport | null }>(
    { query: REPORT_DOCUMENT_QUERY, variables: { period } },
    { contextValue },
  );
  if (response.body.kind !== 'single') throw new Error(`${file}: unexpected incremental answer`);
  const { data, errors } = response.body.singleResult;
  const report = data?.programmeReport;
  if (!report) {
    const first = errors?.[0];
    const given = first?.extensions?.code;
    const code = typeof given === 'string' ? given : 'INTERNAL_SERVER_ERROR';
    sendJson(res, STATUS[code] ?? 502, {
      errors: [{ message: first?.message ?? 'The report could not be made.', extensions: { code } }],
    });
    return null;
  }
  if (errors?.length)
    log.warn({ requestId, codes: errors.map((e) => e.extensions?.code) }, `${file}: parts of the report are missing`);
  return report;
}

function send(res: ServerResponse, type: string, filename: string, body: Buffer | string): void {
  res.writeHead(200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${filename}"`,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}

/**
 * `GET /report.csv?period=2026-T1`: the report as CSV for Swedish
 * spreadsheets (UTF-8 with BOM, semicolons, decimal commas, Swedish
 * headings, the period and the day it was produced in the file).
 */
export function reportCsvRoute(apollo: ApolloServer<GatewayContext>, log: Logger): RouteHandler {
  return async (req, res, { requestId, url }) => {
    const report = await fetchReport(apollo, log, req, res, requestId, url, 'report.csv');
    if (report)
      send(res, 'text/csv; charset=utf-8', `malmokraften-rapport-${report.period}.csv`, reportToCsv(report, today()));
  };
}

/**
 * `GET /report.xlsx?period=2026-T1`: the report as FINSAM reads it, an
 * Excel workbook: a cover sheet (period, production date, definitions,
 * publication and hash per agency), the targets by gender, each table,
 * month by month, and every withheld figure with the reason.
 */
export function reportWorkbookRoute(apollo: ApolloServer<GatewayContext>, log: Logger): RouteHandler {
  return async (req, res, { requestId, url }) => {
    const report = await fetchReport(apollo, log, req, res, requestId, url, 'report.xlsx');
    if (report)
      send(
        res,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        `malmokraften-rapport-${report.period}.xlsx`,
        await reportWorkbook(report, today()),
      );
  };
}

import type { ApolloServer } from '@apollo/server';
import { REPORT_CSV_QUERY, reportToCsv, sendJson, type CsvReport, type Logger, type RouteHandler } from '@malmokraften/shared';
import { callerHeaders, type GatewayContext } from './data-source';

/** HTTP status for the codes a report request can be refused with. */
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

/**
 * `GET /report.csv?period=2026`: the programme report as CSV, for the
 * funder's analysts. It runs the same GraphQL operation through this
 * gateway as any client would, with the caller's own token, so the
 * agencies decide access and protect the figures exactly as for the
 * GraphQL answer; the CSV only lays the published figures out.
 */
export function reportCsvRoute(apollo: ApolloServer<GatewayContext>, log: Logger): RouteHandler {
  return async (req, res, { requestId, url }) => {
    if (req.method !== 'GET') {
      res.setHeader('allow', 'GET');
      return sendJson(res, 405, { errors: [{ message: 'Use GET /report.csv?period=…', extensions: { code: 'BAD_REQUEST' } }] });
    }
    const period = url.searchParams.get('period');
    if (!period) return sendJson(res, 400, { errors: [{ message: 'Say which period: ?period=2026, 2026-T1, 2026-03 or ALL.', extensions: { code: 'BAD_USER_INPUT' } }] });
    const contextValue: GatewayContext = { requestId, ...callerHeaders(req) };
    const response = await apollo.executeOperation<{ programmeReport: CsvReport | null }>({ query: REPORT_CSV_QUERY, variables: { period } }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('report.csv: unexpected incremental answer');
    const { data, errors } = response.body.singleResult;
    const report = data?.programmeReport;
    if (!report) {
      const first = errors?.[0];
      const given = first?.extensions?.code;
      const code = typeof given === 'string' ? given : 'INTERNAL_SERVER_ERROR';
      return sendJson(res, STATUS[code] ?? 502, { errors: [{ message: first?.message ?? 'The report could not be made.', extensions: { code } }] });
    }
    if (errors?.length) log.warn({ requestId, codes: errors.map((e) => e.extensions?.code) }, 'report.csv: parts of the report are missing');
    const body = reportToCsv(report);
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="malmokraften-report-${report.period}.csv"`,
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
    });
    res.end(body);
  };
}

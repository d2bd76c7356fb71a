import { useEffect, useState } from 'react';

/**
 * Routes live in the URL's fragment (#/plan/P-DEMO0001), so the gateway
 * only ever serves real files and reloading any page works.
 */
export type PlanSection = 'consents' | 'programme' | 'mapping';

/** The log review's filters, kept in the fragment so that a filtered view (and a request id) can be linked to. */
export interface AuditFilters {
  from?: string;
  to?: string;
  officer?: string;
  request?: string;
  /** Show accesses by staff not on the person's team ('0' to hide). */
  team?: string;
  /** Show accesses outside office hours ('0' to hide). */
  hours?: string;
}

export type Route =
  | { page: 'caseload' }
  | { page: 'plan'; id: string }
  | { page: 'plan-section'; id: string; section: PlanSection }
  | { page: 'intervention'; id: string; interventionId: string }
  | { page: 'enrol' }
  | { page: 'register' }
  | { page: 'my-plan' }
  | { page: 'audit'; filters: AuditFilters }
  | { page: 'report' }
  | { page: 'employers'; org?: string }
  | { page: 'work'; id: string }
  | { page: 'ide' }
  | { page: 'notfound' };

const AUDIT_KEYS: Array<keyof AuditFilters> = ['from', 'to', 'officer', 'request', 'team', 'hours'];

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'caseload' };
  if (parts[0] === 'plan' && parts[1]) {
    if (parts.length === 2) return { page: 'plan', id: parts[1] };
    if (parts.length === 3 && (parts[2] === 'consents' || parts[2] === 'programme' || parts[2] === 'mapping'))
      return { page: 'plan-section', id: parts[1], section: parts[2] };
    if (parts.length === 4 && parts[2] === 'intervention' && parts[3])
      return { page: 'intervention', id: parts[1], interventionId: parts[3] };
    return { page: 'notfound' };
  }
  if (parts[0] === 'work' && parts[1] && parts.length === 2) return { page: 'work', id: parts[1] };
  if (parts[0] === 'employers' && parts.length <= 2)
    return parts[1] ? { page: 'employers', org: parts[1] } : { page: 'employers' };
  if (parts.length === 1) {
    switch (parts[0]) {
      case 'report':
      case 'ide':
      case 'caseload':
      case 'enrol':
      case 'register':
      case 'my-plan':
        return { page: parts[0] };
      case 'audit': {
        const params = new URLSearchParams(query);
        const filters: AuditFilters = {};
        for (const key of AUDIT_KEYS) {
          const v = params.get(key);
          if (v !== null && v !== '') filters[key] = v;
        }
        return { page: 'audit', filters };
      }
    }
  }
  return { page: 'notfound' };
}

export function href(route: Route): string {
  switch (route.page) {
    case 'plan':
      return `#/plan/${encodeURIComponent(route.id)}`;
    case 'plan-section':
      return `#/plan/${encodeURIComponent(route.id)}/${route.section}`;
    case 'intervention':
      return `#/plan/${encodeURIComponent(route.id)}/intervention/${encodeURIComponent(route.interventionId)}`;
    case 'caseload':
      return '#/';
    case 'work':
      return `#/work/${encodeURIComponent(route.id)}`;
    case 'employers':
      return route.org ? `#/employers/${encodeURIComponent(route.org)}` : '#/employers';
    case 'audit': {
      const params = new URLSearchParams();
      for (const key of AUDIT_KEYS) {
        const v = route.filters[key];
        if (v) params.set(key, v);
      }
      const q = params.toString();
      return q ? `#/audit?${q}` : '#/audit';
    }
    default:
      return `#/${route.page}`;
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(route: Route): void {
  location.hash = href(route);
}

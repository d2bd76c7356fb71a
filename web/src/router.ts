import { useEffect, useState } from 'react';

/**
 * Routes live in the URL's fragment (#/plan/P-DEMO0001), so the gateway
 * only ever serves real files and reloading any page works.
 */
export type Route = { page: 'caseload' } | { page: 'plan'; id: string } | { page: 'report' } | { page: 'ide' } | { page: 'notfound' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'caseload' };
  if (parts[0] === 'plan' && parts[1]) return { page: 'plan', id: parts[1] };
  if (parts[0] === 'report' && parts.length === 1) return { page: 'report' };
  if (parts[0] === 'ide' && parts.length === 1) return { page: 'ide' };
  if (parts[0] === 'caseload' && parts.length === 1) return { page: 'caseload' };
  return { page: 'notfound' };
}

export function href(route: Route): string {
  switch (route.page) {
    case 'plan':
      return `#/plan/${encodeURIComponent(route.id)}`;
    case 'caseload':
      return '#/';
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

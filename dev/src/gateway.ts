/**
 * The gateway as a process of its own for development, with demo sign-in
 * (`/dev/personas`, `/dev/token`, signed with the development key in
 * .keys/), so the web app it serves (WEB_DIR) can be signed in to:
 *
 *   node --import tsx dev/src/gateway.ts
 *
 * The same process as gateway/src/main.ts, settings from the environment
 * alike; with NODE_ENV=production it mounts no sign-in, as that one.
 */
import { runGatewayProcess } from '@malmokraften/gateway';
import { devSignInRoutes } from './sign-in';

runGatewayProcess({ devRoutes: (log) => devSignInRoutes({ log }) });

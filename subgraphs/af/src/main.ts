/** Arbetsförmedlingen's subgraph as a process of its own (one container in docker-compose.yml); .env.example lists its settings. */
import { runSubgraphProcess } from '@malmokraften/shared';
import { afModule } from './index';

runSubgraphProcess(afModule);

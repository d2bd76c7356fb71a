export { buildGateway, type GatewayOptions } from './server';
export { runGatewayProcess, type GatewayProcessOptions } from './process';
export {
  composeJointPlan,
  buildDirectorySchema,
  buildPlanSchema,
  directoryTypeDefs,
  planTypeDefs,
  DIRECTORY_SUBGRAPH,
  LOCAL_SUBGRAPHS,
  PLAN_SUBGRAPH,
} from './plan';

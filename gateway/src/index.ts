export { buildGateway, type GatewayOptions } from './server';
export { composeJointPlan, buildPlanSchema, planTypeDefs, PLAN_SUBGRAPH } from './plan';

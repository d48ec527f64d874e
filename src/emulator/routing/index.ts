/** The routes of the omnichannel routing objects, in the order they are matched (fixed paths before ids). */
import type { Route } from '../context';
import { capacityRuleRoutes } from './capacity-rules';
import { queueRoutes } from './queues';
import { attributeRoutes } from './attributes';
import { customStatusRoutes } from './custom-statuses';
import { directoryRoutes } from './directory-routes';

export const routingRoutes: Route[] = [...capacityRuleRoutes, ...queueRoutes, ...attributeRoutes, ...customStatusRoutes, ...directoryRoutes];

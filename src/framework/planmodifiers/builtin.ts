import { isUnknown, valueEquals } from '../../protocol/tftypes/value';
import type { PlanModifier } from './plan-modifier';

/** A computed value that never changes once known (ids): avoids "(known after apply)" noise on every update. */
export function useStateForUnknown(): PlanModifier {
  return {
    description: 'Keeps the value from state once it is known.',
    planModify(req, resp) {
      if (req.state === null) return;
      if (!isUnknown(req.planValue)) return;
      if (isUnknown(req.configValue)) return;
      resp.planValue = req.stateValue;
    },
  };
}

/**
 * "Unset means unmanaged": an attribute left out of the configuration keeps
 * whatever the state holds (null on create), so Terraform neither plans a change
 * nor ever writes or resets it in Zendesk. Attributes using this are optional +
 * computed, which is what allows the provider to plan the state value.
 */
export function unmanagedWhenUnset(): PlanModifier {
  return {
    description: 'When unset, Terraform does not manage the setting: it is never written or reset.',
    planModify(req, resp) {
      if (req.configValue !== null) return;
      resp.planValue = req.state === null ? null : req.stateValue;
    },
  };
}

/** Changing the value destroys and re-creates the resource. */
export function requiresReplace(): PlanModifier {
  return {
    description: 'Changing this value replaces the resource.',
    planModify(req, resp) {
      if (req.state === null) return;
      if (!isUnknown(req.planValue) && valueEquals(req.planValue, req.stateValue)) return;
      resp.requiresReplace = true;
    },
  };
}

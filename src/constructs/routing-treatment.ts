import type { RoutingTreatment as TreatmentValue } from '../provider/messaging-settings/attribute-map';

/** A value the provider's attribute map lists (ROUTING_TREATMENTS): removing one there fails the build here. */
const known = (value: TreatmentValue) => value;

/**
 * How omnichannel routing treats tickets of messaging sessions an agent ended
 * (Admin Center > Objects and rules > Omnichannel routing > Routing configuration > Edit > Messaging routing >
 * Route agent-ended messaging sessions as email tickets).
 */
export class RoutingTreatment {
  /** They stay messaging tickets (Zendesk's default): no longer routable once the session ended. */
  public static readonly MESSAGING = new RoutingTreatment(known('messaging'));
  /** They are routed as email tickets and count toward the agent's email capacity. */
  public static readonly EMAIL = new RoutingTreatment(known('email'));

  /** A treatment this library does not know yet; the provider validates it. */
  public static of(value: string): RoutingTreatment {
    return new RoutingTreatment(value);
  }

  private constructor(public readonly value: string) {}

  public toString(): string {
    return this.value;
  }
}

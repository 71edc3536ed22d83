import type { TRequirement } from '../contracts/inputs.js';
import { DomainError } from '../errors.js';

/**
 * The order of a team's requirements by id, as positions into the input: `order[k]` is the
 * position of the k-th requirement. The buffer is scratch, reused for every team, so ordering
 * costs no allocation (Array.prototype.sort allocates about 1.7 kB of work space per call).
 */
export class RequirementOrder {
  order = new Int32Array(64);

  /** Orders `requirements` by id (plain string order); rejects an id listed twice. */
  sort(requirements: readonly TRequirement[]): void {
    const n = requirements.length;
    if (n > this.order.length) this.order = new Int32Array(Math.max(n, this.order.length * 2));
    const order = this.order;
    // Insertion sort: teams have a handful of requirements, usually in order already.
    for (let i = 0; i < n; i++) {
      const id = (requirements[i] as TRequirement).id;
      let j = i;
      while (j > 0 && (requirements[order[j - 1] as number] as TRequirement).id > id) {
        order[j] = order[j - 1] as number;
        j--;
      }
      order[j] = i;
    }
    for (let k = 1; k < n; k++) {
      const id = (requirements[order[k] as number] as TRequirement).id;
      if (id === (requirements[order[k - 1] as number] as TRequirement).id) {
        throw new DomainError('duplicate_requirement', `Requirement '${id}' appears twice`, {
          requirementId: id,
        });
      }
    }
  }
}

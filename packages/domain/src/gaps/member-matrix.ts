import type { TMemberInput } from '../contracts/inputs.js';
import type { TSupplier } from '../contracts/outputs.js';
import { DomainError } from '../errors.js';
import { DEVELOPING_BIT, recordedProfile, STRIDE, writeMember } from './member-profile.js';
import { compareStrings } from './targets.js';

export { STRIDE } from './member-profile.js';

const NO_MEMBERS: readonly TMemberInput[] = Object.freeze([]);

function byEmployeeId(a: TMemberInput, b: TMemberInput): number {
  return compareStrings(a.employeeId, b.employeeId);
}

/**
 * One team's members as small integers, for the requirement loops: level ranks, projected ranks
 * (with development targets) and competency scores at `member × STRIDE + index`, a circle bit mask
 * and a "has a target above a level" flag per member. The typed arrays are scratch, reused for
 * every team, so a team allocates only the supplier records its results hand out.
 */
export class MemberMatrix {
  /** The members in employee id order. */
  members: readonly TMemberInput[] = NO_MEMBERS;
  ranks = new Uint8Array(0);
  projected = new Uint8Array(0);
  scores = new Uint8Array(0);
  circleMask = new Uint8Array(0);
  developing = new Uint8Array(0);
  /** Scratch for the members meeting one requirement, by position. */
  hits = new Int32Array(0);
  /** One shared supplier record per member, made on first use (many members supply nothing). */
  private readonly suppliers: Array<TSupplier | undefined> = [];
  private capacity = 0;

  /** Loads a team's members; rejects an employee listed twice. */
  load(input: readonly TMemberInput[]): void {
    const members = inEmployeeIdOrder(input);
    const n = members.length;
    this.members = members;
    this.ensureCapacity(n);
    const suppliers = this.suppliers;
    const ranks = this.ranks;
    const projected = this.projected;
    const scores = this.scores;
    const circleMask = this.circleMask;
    const developing = this.developing;
    for (let m = 0; m < n; m++) {
      const member = members[m] as TMemberInput;
      const base = m * STRIDE;
      const profile = recordedProfile(member);
      let flags: number;
      if (profile === undefined) {
        flags = writeMember(member, ranks, scores, projected, base);
        suppliers[m] = undefined;
      } else {
        const supplier = profile.supplier;
        // A copy of the member with another id or FTE shares the profile, not the record.
        suppliers[m] =
          supplier.employeeId === member.employeeId && supplier.fte === member.fte ? supplier : undefined;
        const rows = profile.rows;
        for (let i = 0; i < STRIDE; i++) {
          ranks[base + i] = rows[i] as number;
          scores[base + i] = rows[STRIDE + i] as number;
          projected[base + i] = rows[2 * STRIDE + i] as number;
        }
        flags = profile.flags;
      }
      circleMask[m] = flags & 0xff;
      developing[m] = flags >= DEVELOPING_BIT ? 1 : 0;
    }
  }

  /** The supplier record of member `m`, shared by every list it appears in. */
  supplier(m: number): TSupplier {
    let record = this.suppliers[m];
    if (record === undefined) {
      const member = this.members[m] as TMemberInput;
      record = { employeeId: member.employeeId, fte: member.fte };
      this.suppliers[m] = record;
    }
    return record;
  }

  private ensureCapacity(n: number): void {
    if (n <= this.capacity) return;
    const capacity = Math.max(n, this.capacity * 2, 64);
    this.capacity = capacity;
    this.ranks = new Uint8Array(capacity * STRIDE);
    this.projected = new Uint8Array(capacity * STRIDE);
    this.scores = new Uint8Array(capacity * STRIDE);
    this.circleMask = new Uint8Array(capacity);
    this.developing = new Uint8Array(capacity);
    this.hits = new Int32Array(capacity);
  }
}

/**
 * Members in employee id order: the input itself when already sorted (the common case from a
 * database). One comparison per neighbour pair finds both disorder and duplicates.
 */
function inEmployeeIdOrder(items: readonly TMemberInput[]): readonly TMemberInput[] {
  for (let i = 1; i < items.length; i++) {
    if (!((items[i - 1] as TMemberInput).employeeId < (items[i] as TMemberInput).employeeId)) {
      const sorted = items.slice().sort(byEmployeeId);
      rejectDuplicateEmployees(sorted);
      return sorted;
    }
  }
  return items;
}

function rejectDuplicateEmployees(sorted: readonly TMemberInput[]): void {
  for (let i = 1; i < sorted.length; i++) {
    const id = (sorted[i] as TMemberInput).employeeId;
    if (id === (sorted[i - 1] as TMemberInput).employeeId) {
      throw new DomainError('duplicate_employee', `Employee '${id}' appears twice in the team`, {
        employeeId: id,
      });
    }
  }
}

/**
 * Serialised coverage responses per organisation, for its latest dataVersion only: repeated reads
 * cost one tiny query, and a write (a new version) drops the organisation's older answers at once
 * instead of letting hundreds of stale copies wait for eviction (memory under a steady stream of
 * writes). Answers are kept encoded: each read sends these bytes as they are.
 */
export class ResponseCache {
  private readonly organisations = new Map<string, { version: number; entries: Map<string, Buffer> }>();
  private readonly building = new Map<string, Promise<Buffer>>();
  private readonly slots = new Map<string, Slot>();

  constructor(
    private readonly perOrganisation: number,
    private readonly maxOrganisations = 50,
  ) {}

  get(organisationId: string, version: number, key: string) {
    const bucket = this.organisations.get(organisationId);
    return bucket && bucket.version === version ? bucket.entries.get(key) : undefined;
  }

  set(organisationId: string, version: number, key: string, value: Buffer) {
    let bucket = this.organisations.get(organisationId);
    if (bucket && bucket.version > version) return;
    if (!bucket || bucket.version < version) {
      this.organisations.delete(organisationId);
      if (this.organisations.size >= this.maxOrganisations) {
        const oldest = this.organisations.keys().next().value;
        if (oldest !== undefined) this.organisations.delete(oldest);
      }
      bucket = { version, entries: new Map() };
      this.organisations.set(organisationId, bucket);
    }
    if (bucket.entries.size >= this.perOrganisation) {
      const oldest = bucket.entries.keys().next().value;
      if (oldest !== undefined) bucket.entries.delete(oldest);
    }
    bucket.entries.set(key, value);
  }

  /**
   * The cached answer, or the one being built: readers of a new version that arrive together share
   * one build (the key names the organisation and the version) instead of each building it.
   */
  getOrBuild(organisationId: string, version: number, key: string, build: () => Promise<string | Buffer>) {
    const cached = this.get(organisationId, version, key);
    if (cached !== undefined) return Promise.resolve(cached);
    const inFlight = this.building.get(key);
    if (inFlight !== undefined) return inFlight;
    const built = build()
      .then((json) => {
        const bytes = encoded(json);
        this.set(organisationId, version, key, bytes);
        return bytes;
      })
      .finally(() => this.building.delete(key));
    this.building.set(key, built);
    return built;
  }

  /**
   * An answer at `own`'s version or newer, for a view that is costly to build (the organisation
   * overview). One build runs at a time per `slot` (one organisation's one query, any version). A
   * reader that finds a build of its version or a newer one running shares it; one that finds an
   * older build running waits for the *next* build, which starts when that one ends and takes the
   * snapshot of that moment (`snapshotNow`, given the newest version a queued reader holds), so every
   * reader that queued meanwhile shares it. Under a stream of writes the builds then follow each
   * other instead of one running per version side by side, and a reader waits for at most the build
   * under way and its own. Every answer still reflects every write acknowledged before its reader
   * began: the next build is at least at every queued reader's version.
   */
  latest<S extends { dataVersion: number }>(
    organisationId: string,
    slot: string,
    own: S,
    view: {
      key: (snapshot: S) => string;
      snapshotNow: (atLeast: number) => Promise<S>;
      build: (snapshot: S) => Promise<string | Buffer>;
    },
  ): Promise<Buffer> {
    const cached = this.get(organisationId, own.dataVersion, view.key(own));
    if (cached !== undefined) return Promise.resolve(cached);
    const state = this.slots.get(slot) as Slot<S> | undefined;
    if (state === undefined) return this.start(organisationId, slot, Promise.resolve(own), view);
    const queue = () => {
      state.queuedVersion = Math.max(state.queuedVersion, own.dataVersion);
      state.next ??= state.running
        .catch(() => undefined)
        .then(() => this.start(organisationId, slot, view.snapshotNow(state.queuedVersion), view));
      return state.next;
    };
    if (state.version === null) {
      // The running build is still reading its snapshot: share it if that turns out new enough.
      return state.snapshot.then(
        (snapshot) => (snapshot.dataVersion >= own.dataVersion ? state.running : queue()),
        () => queue(),
      );
    }
    return state.version >= own.dataVersion ? state.running : queue();
  }

  private start<S extends { dataVersion: number }>(
    organisationId: string,
    slot: string,
    snapshot: Promise<S>,
    view: { key: (snapshot: S) => string; build: (snapshot: S) => Promise<string | Buffer> },
  ): Promise<Buffer> {
    const state: Slot<S> = {
      snapshot,
      version: null,
      running: Promise.resolve(Buffer.alloc(0)),
      next: null,
      queuedVersion: 0,
    };
    state.running = snapshot
      .then(async (current) => {
        state.version = current.dataVersion;
        const key = view.key(current);
        const cached = this.get(organisationId, current.dataVersion, key);
        if (cached !== undefined) return cached;
        const bytes = encoded(await view.build(current));
        this.set(organisationId, current.dataVersion, key, bytes);
        return bytes;
      })
      .finally(() => {
        if (this.slots.get(slot) === state) this.slots.delete(slot);
      });
    this.slots.set(slot, state);
    return state.running;
  }
}

type Slot<S extends { dataVersion: number } = { dataVersion: number }> = {
  /** The snapshot the running build works on, and its version once read. */
  snapshot: Promise<S>;
  version: number | null;
  running: Promise<Buffer>;
  /** The build that follows this one, shared by every reader that needs a newer version. */
  next: Promise<Buffer> | null;
  /** The newest version a reader waiting for `next` holds: `next` is built at it or later. */
  queuedVersion: number;
};

const encoded = (json: string | Buffer) => (typeof json === 'string' ? Buffer.from(json) : json);

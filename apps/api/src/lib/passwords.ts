import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to Argon2id (its const enum value 2); set explicitly so a library
// default change can never weaken stored hashes.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  // Without a stored hash, still spend the time of one verification so response time does not
  // reveal whether an account exists.
  if (!storedHash) {
    await verify(DUMMY_HASH, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$K4q8oN0sZ0qXUqS8c5Yzqf3o3Hc0Sg9o2YQ0c3Lk1Ck';

export const MIN_PASSWORD_LENGTH = 10;

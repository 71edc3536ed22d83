import { TeamPageSkeleton } from '@/features/team/skeleton';

export default function Loading() {
  return <TeamPageSkeleton rows={6} />;
}

import { LazyView } from '../../ui/lazy-view';

// The times and their formatting arrive just after the first paint: the claims themselves come first.
const loadClaimTimes = () => import('./claim-times').then((m) => m.ClaimTimes);

/** The claim times under a payload's JSON, once their chunk has loaded. */
export function LazyClaimTimes({ claims }: { claims: unknown }) {
  return <LazyView load={loadClaimTimes} what="the claim times" props={{ claims }} />;
}

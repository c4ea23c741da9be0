/**
 * Demo staff accounts: one per role in Pemprov Jawa Barat (whose scope includes its
 * regencies and cities), a writer/reviewer/analyst in Kemenkes to show agency isolation,
 * and a national administrator. All share one demo password, printed at start-up.
 */
import type { Role } from '../domain/role.js';

export const DEMO_PASSWORD = 'Humas-Demo-2026!';

export interface DemoUser {
  email: string;
  displayName: string;
  agencySlug: string;
  role: Role;
  includesSubAgencies: boolean;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'nasional@humas.test', displayName: 'Rina Kartika', agencySlug: 'komdigi', role: 'national_admin', includesSubAgencies: true },
  { email: 'admin.jabar@humas.test', displayName: 'Asep Sunandar', agencySlug: 'pemprov-jabar', role: 'agency_admin', includesSubAgencies: true },
  { email: 'penulis.jabar@humas.test', displayName: 'Dewi Lestari', agencySlug: 'pemprov-jabar', role: 'writer', includesSubAgencies: false },
  { email: 'penyunting.jabar@humas.test', displayName: 'Budi Hartono', agencySlug: 'pemprov-jabar', role: 'reviewer', includesSubAgencies: false },
  { email: 'analis.jabar@humas.test', displayName: 'Fajar Nugraha', agencySlug: 'pemprov-jabar', role: 'analyst', includesSubAgencies: true },
  { email: 'layanan.jabar@humas.test', displayName: 'Siti Rohmah', agencySlug: 'pemprov-jabar', role: 'responder', includesSubAgencies: true },
  { email: 'penulis.kemenkes@humas.test', displayName: 'Andi Saputra', agencySlug: 'kemenkes', role: 'writer', includesSubAgencies: false },
  { email: 'penyunting.kemenkes@humas.test', displayName: 'Maya Anggraini', agencySlug: 'kemenkes', role: 'reviewer', includesSubAgencies: false },
  { email: 'analis.kemenkes@humas.test', displayName: 'Yusuf Hidayat', agencySlug: 'kemenkes', role: 'analyst', includesSubAgencies: false },
];

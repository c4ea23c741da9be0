/** Indonesian UI text: the default language of Humas. Keys are shared with messages-en.ts. */
import { portalMessagesId } from './portal-messages-id.js';
import { securityMessagesId } from './security-messages-id.js';
import { newsroomMessagesId } from './newsroom-messages-id.js';
import { analyticsMessagesId } from './analytics-messages-id.js';

export const messagesId = {
  'app.name': 'Humas',
  'app.tagline': 'Satu platform kehumasan pemerintah',
  'nav.portal': 'Portal berita',
  'nav.console': 'Konsol staf',
  'nav.api': 'Referensi API',
  'nav.skip': 'Langsung ke konten utama',
  'nav.language': 'Bahasa',
  'portal.title': 'Berita Pemerintah',
  'portal.latest': 'Berita terbaru',
  'portal.empty': 'Belum ada berita yang diterbitkan.',
  'portal.readCount': 'Dibaca {count} kali',
  'portal.by': 'oleh {author}',
  'console.title': 'Konsol Humas',
  'console.intro': 'Konsol staf untuk menerbitkan berita, memantau percakapan publik, dan menjawab warga.',
  'console.signInRequired': 'Silakan masuk dengan akun staf Anda untuk membuka konsol.',
  'error.title': 'Terjadi kesalahan',
  'error.notFound': 'Halaman tidak ditemukan',
  'error.notFoundBody': 'Alamat yang Anda buka tidak ada. Periksa kembali alamatnya atau kembali ke beranda.',
  'error.generic': 'Maaf, permintaan Anda tidak dapat diproses.',
  'error.requestId': 'Kode permintaan: {id}',
  'error.backHome': 'Kembali ke beranda',
  'footer.note': 'Humas — perangkat lunak sumber terbuka untuk kehumasan pemerintah Indonesia.',
  ...securityMessagesId,
  ...analyticsMessagesId,
  ...portalMessagesId,
  ...newsroomMessagesId,
} as const;

export type MessageKey = keyof typeof messagesId;
